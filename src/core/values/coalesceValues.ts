import type { Values } from '../diagnostics/Diagnostic';
import { defineOwn } from './defineOwn';
import { isValuesMap } from './isValuesMap';
import { copyMap } from './setAt';

/**
 * The values Helm renders with: the user's values coalesced over the chart's values.yaml, as
 * `helm template -f user.yaml` does (checked in helmParity.test.ts):
 * - maps merge key by key, recursively;
 * - lists and scalars replace the default whole, and the user also wins a map/scalar clash;
 * - a user `null` deletes the default key; a `null` for a key the chart has no default for is kept as null.
 * Inputs are never mutated; untouched branches are shared with them.
 */
export function coalesceValues(defaults: Values, user: Values): Values {
  const result = copyMap(defaults);
  for (const key of Object.keys(user)) {
    const value = user[key];
    const hasDefault = Object.hasOwn(defaults, key);
    if (value === null && hasDefault) {
      delete result[key];
      continue;
    }
    const fallback = hasDefault ? defaults[key] : undefined;
    defineOwn(result, key, isValuesMap(value) && isValuesMap(fallback) ? coalesceValues(fallback, value) : value);
  }
  return result;
}
