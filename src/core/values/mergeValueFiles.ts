import type { Values } from '../diagnostics/Diagnostic';
import { defineOwn } from './defineOwn';
import { isValuesMap } from './isValuesMap';
import { copyMap } from './setAt';

/**
 * Several `-f` files as Helm merges them before anything else: in order, maps key by key, anything else
 * (lists, scalars, `null`) replacing what came before. Unlike the merge over the chart's defaults, a
 * `null` here is kept as a value, not a deletion: the chart's defaults decide later what it removes.
 */
export function mergeValueFiles(files: readonly Values[]): Values {
  let merged: Values = {};
  for (const file of files) merged = mergeTwo(merged, file);
  return merged;
}

function mergeTwo(base: Values, over: Values): Values {
  const result = copyMap(base);
  for (const key of Object.keys(over)) {
    const value = over[key];
    const before = Object.hasOwn(base, key) ? base[key] : undefined;
    defineOwn(result, key, isValuesMap(value) && isValuesMap(before) ? mergeTwo(before, value) : value);
  }
  return result;
}
