import type { Values } from '../diagnostics/Diagnostic';
import { coalesceValues } from '../values/coalesceValues';
import { defineOwn } from '../values/defineOwn';
import { isValuesMap } from '../values/isValuesMap';

/**
 * Every value Helm will use, for the "full" export: the user's values coalesced over the chart's.
 * A default the user deleted with `null` is written back as `null`: leaving it out would let
 * `helm install -f` bring the default back, and the file would mean something else than the studio showed.
 */
export function fullValues(defaults: Values, userValues: Values): Values {
  return withDeletions(coalesceValues(defaults, userValues), defaults);
}

function withDeletions(values: Values, defaults: Values): Values {
  const out: Values = {};
  for (const key of Object.keys(values)) {
    const value = values[key];
    const fallback = Object.hasOwn(defaults, key) ? defaults[key] : undefined;
    defineOwn(out, key, isValuesMap(value) && isValuesMap(fallback) ? withDeletions(value, fallback) : value);
  }
  for (const key of Object.keys(defaults)) {
    if (!Object.hasOwn(values, key)) defineOwn(out, key, null);
  }
  return out;
}
