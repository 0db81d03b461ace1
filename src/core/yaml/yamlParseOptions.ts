import type { LineCounter } from 'yaml';

/**
 * How the `yaml` library is asked to parse. The failsafe schema keeps every scalar as the text the
 * user wrote: we resolve types ourselves the way go-yaml v2 does (nodeToValues), and an edited
 * document re-prints untouched scalars exactly as written (`yes` stays `yes`, `012` stays `012`).
 * prettyErrors is off because building its code excerpt crashes V8 (out of memory in RegExp) on
 * a 10,000-deep line; we compute positions from the LineCounter instead.
 */
export function yamlParseOptions(lineCounter: LineCounter) {
  return { schema: 'failsafe', resolveKnownTags: false, uniqueKeys: false, prettyErrors: false, lineCounter } as const;
}
