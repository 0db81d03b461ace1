import type { Values } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';
import { ownValue } from './defineOwn';
import { isValuesMap } from './isValuesMap';

/** The value at a JSON Pointer, or `undefined` when any segment is missing (a stored `null` is returned as null). */
export function getAt(values: Values, pointer: string): unknown {
  let current: unknown = values;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      const index = arrayIndex(segment);
      if (index === undefined || index >= current.length) return undefined;
      current = current[index];
    } else if (isValuesMap(current)) {
      current = ownValue(current, segment);
    } else {
      return undefined;
    }
  }
  return current;
}

/** RFC 6901 array index: digits without leading zeros. */
export function arrayIndex(segment: string): number | undefined {
  return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : undefined;
}
