import type { Values } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';
import { defineOwn, ownValue } from './defineOwn';
import { arrayIndex } from './getAt';
import { isValuesMap } from './isValuesMap';

/**
 * A new tree with `value` at `pointer`; untouched branches are shared with the input, which is never
 * mutated. Missing parents become maps (a pointer cannot say "list"), a scalar in the way is replaced
 * by a map, and in a list `-` or the length appends. `setAt(v, '', x)` needs a map and returns it.
 */
export function setAt(values: Values, pointer: string, value: unknown): Values {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return isValuesMap(value) ? value : values;
  return setIn(values, segments, value) as Values;
}

function setIn(node: unknown, segments: readonly string[], value: unknown): unknown {
  const [segment = '', ...rest] = segments;
  if (Array.isArray(node)) {
    const index = segment === '-' ? node.length : arrayIndex(segment);
    if (index !== undefined && index <= node.length) {
      const copy = [...node];
      copy[index] = rest.length === 0 ? value : setIn(node[index], rest, value);
      return copy;
    }
  }
  const base = isValuesMap(node) ? node : {};
  const copy = copyMap(base);
  defineOwn(copy, segment, rest.length === 0 ? value : setIn(ownValue(base, segment), rest, value));
  return copy;
}

/** A shallow copy that keeps `__proto__` and friends as own data (spread would too, but says less). */
export function copyMap(map: Values): Values {
  const copy: Values = {};
  for (const key of Object.keys(map)) defineOwn(copy, key, map[key]);
  return copy;
}
