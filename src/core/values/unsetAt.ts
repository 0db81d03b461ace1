import type { Values } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';
import { defineOwn, ownValue } from './defineOwn';
import { arrayIndex } from './getAt';
import { isValuesMap } from './isValuesMap';
import { copyMap } from './setAt';

/**
 * A new tree without the key (or list item) at `pointer`; the input is returned unchanged when the
 * pointer does not exist. Parent maps are kept even when they become empty: `{}` and "absent" mean
 * the same to Helm's coalescing, and the caller decides whether an empty map is worth showing.
 */
export function unsetAt(values: Values, pointer: string): Values {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return {};
  return unsetIn(values, segments) as Values;
}

function unsetIn(node: unknown, segments: readonly string[]): unknown {
  const [segment = '', ...rest] = segments;
  if (Array.isArray(node)) {
    const index = arrayIndex(segment);
    if (index === undefined || index >= node.length) return node;
    if (rest.length === 0) return node.filter((_, i) => i !== index);
    const child = unsetIn(node[index], rest);
    if (child === node[index]) return node;
    const copy = [...node];
    copy[index] = child;
    return copy;
  }
  if (!isValuesMap(node) || !Object.hasOwn(node, segment)) return node;
  const copy = copyMap(node);
  if (rest.length === 0) {
    delete copy[segment];
    return copy;
  }
  const child = unsetIn(ownValue(node, segment), rest);
  if (child === node[segment]) return node;
  defineOwn(copy, segment, child);
  return copy;
}
