import { needsQuoting } from '../yaml/needsQuoting';

/**
 * A scalar as it is written in a values file: a string quoted only when Helm (or a YAML 1.2 tool) would
 * read it as something else, so offering `"true"` for a string enum does not silently make it a boolean.
 */
export function formatScalar(value: unknown): string {
  if (typeof value === 'string') return needsQuoting(value) ? JSON.stringify(value) : value;
  if (value === null) return 'null';
  return String(value);
}
