/** RFC 6901: `~` and `/` inside a key are escaped, so keys like `prometheus.io/scrape` survive. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON Pointer: ${pointer}`);
  return pointer.slice(1).split('/').map(unescapeSegment);
}

/** One segment as written in a pointer (`prometheus.io~1scrape`) → the key it names (`prometheus.io/scrape`). */
export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function formatPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** `/agent/config/host` → `agent.config.host`: the spelling users know from values.yaml; '' for the root. */
export function dottedPath(pointer: string): string {
  return parsePointer(pointer).join('.');
}

export function parentPointer(pointer: string): string {
  const segments = parsePointer(pointer);
  return formatPointer(segments.slice(0, -1));
}

export function childPointer(pointer: string, key: string | number): string {
  return pointer + formatPointer([key]);
}
