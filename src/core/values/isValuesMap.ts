import type { Values } from '../diagnostics/Diagnostic';

/** A YAML mapping as parsed values hold it: a plain object, not a list, null or class instance. */
export function isValuesMap(value: unknown): value is Values {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
