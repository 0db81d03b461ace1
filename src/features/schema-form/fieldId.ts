/** The DOM id of a value's main control: derived from its pointer, so labels and links can find it. */
export function fieldId(pointer: string): string {
  return `field${pointer}`;
}

/** Turns a problem's place below a field into words: "/2/name" → "item 3 › name". */
export function describeWithin(within: string): string {
  return within
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? `item ${Number(segment) + 1}` : segment))
    .join(' › ');
}
