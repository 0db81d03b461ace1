import type { Values } from '../diagnostics/Diagnostic';
import { isDeepEqual } from './isDeepEqual';
import { defineOwn } from './defineOwn';
import { getAt } from './getAt';
import { isValuesMap } from './isValuesMap';

/**
 * Only what differs from the chart's defaults, so a downloaded values file says what the user chose
 * and nothing more. `values` are the user's values (an absent key means "use the default"), so
 * `coalesceValues(defaults, minimalValues(v, defaults))` equals `coalesceValues(defaults, v)`.
 * Maps are compared key by key; a list that differs at all is kept whole (Helm replaces lists);
 * a map that ends up with no differences is dropped; an explicit `null` that deletes a default is kept.
 */
export function minimalValues(values: Values, defaults: Values): Values {
  const result: Values = {};
  for (const key of Object.keys(values)) {
    const value = values[key];
    if (!Object.hasOwn(defaults, key)) {
      defineOwn(result, key, value);
      continue;
    }
    const fallback = defaults[key];
    if (isValuesMap(value) && isValuesMap(fallback)) {
      const nested = minimalValues(value, fallback);
      if (Object.keys(nested).length > 0) defineOwn(result, key, nested);
    } else if (!isDeepEqual(value, fallback)) {
      defineOwn(result, key, value);
    }
  }
  return result;
}

/** True when the value at `pointer` is absent from the user's values or equal to the chart default there. */
export function isDefault(pointer: string, values: Values, defaults: Values): boolean {
  const value = getAt(values, pointer);
  return value === undefined || isDeepEqual(value, getAt(defaults, pointer));
}
