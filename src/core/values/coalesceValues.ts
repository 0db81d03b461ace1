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
 *
 * `memo` keeps each user map's coalesced map: values are never changed in place (an edit makes new maps on
 * the edited path and shares the rest), so after a keystroke only the edited path is merged again. The
 * results are shared between calls and must not be changed either.
 */
export function coalesceValues(defaults: Values, user: Values, memo?: WeakMap<Values, { defaults: Values; values: Values }>): Values {
  const known = memo?.get(user);
  if (known && known.defaults === defaults) return known.values;
  const result = copyMap(defaults);
  for (const key of Object.keys(user)) {
    const value = user[key];
    const hasDefault = Object.hasOwn(defaults, key);
    if (value === null && hasDefault) {
      delete result[key];
      continue;
    }
    const fallback = hasDefault ? defaults[key] : undefined;
    defineOwn(result, key, isValuesMap(value) && isValuesMap(fallback) ? coalesceValues(fallback, value, memo) : value);
  }
  memo?.set(user, { defaults, values: result });
  return result;
}
