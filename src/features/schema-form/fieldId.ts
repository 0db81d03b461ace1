import { parsePointer } from '@/core/pointer/jsonPointer';

/** The DOM id of a value's main control: derived from its pointer, so labels and links can find it. */
export function fieldId(pointer: string): string {
  return `field${pointer}`;
}

/** Turns a problem's place below a field into words: "/2/name" → "item 3 › name". */
export function describeWithin(within: string): string {
  return parsePointer(within)
    .map((segment) => (/^\d+$/.test(segment) ? `item ${Number(segment) + 1}` : segment))
    .join(' › ');
}
