import type { Values } from '../diagnostics/Diagnostic';
import { childPointer } from '../pointer/jsonPointer';
import { getAt } from '../values/getAt';
import { isDeepEqual } from '../values/isDeepEqual';
import { isValuesMap } from '../values/isValuesMap';
import { parseValues } from '../yaml/parseValues';

type MinimalOverlayResult = { ok: true; text: string; dropped: string[] } | { ok: false };

/**
 * An overlay without what it repeats from its parent: every value equal to what the environment gets there
 * anyway (`parent` is the base over the chart's defaults) is taken out, and a mapping left empty goes with
 * it. Everything else stays as written, comments included. A `null` stays unless the parent holds `null`
 * there too: it removes the parent's value, or marks the key as present. `helm install -f base -f overlay`
 * renders the same with either text.
 */
export function minimalOverlayText(text: string, parent: Values): MinimalOverlayResult {
  const parsed = parseValues(text);
  if (!parsed.ok) return { ok: false };
  const dropped: string[] = [];
  collectRepeated(parsed.values, parent, '', dropped);
  if (dropped.length === 0) return { ok: true, text, dropped };
  for (const pointer of dropped) parsed.document.unset(pointer);
  return { ok: true, text: parsed.document.toString(), dropped };
}

function collectRepeated(values: Values, parent: Values, pointer: string, into: string[]): void {
  for (const key of Object.keys(values)) {
    const at = childPointer(pointer, key);
    const value = values[key];
    const inherited = getAt(parent, at);
    // A map merges into the parent's: only its differing keys matter. An empty map over a map adds nothing.
    if (isValuesMap(value) && isValuesMap(inherited)) {
      if (Object.keys(value).length === 0) into.push(at);
      else collectRepeated(value, parent, at, into);
    } else if (isDeepEqual(value, inherited)) {
      into.push(at);
    }
  }
}
