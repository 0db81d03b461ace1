import type { Values } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';

/** The value at a JSON Pointer, or undefined. Own keys only, so `constructor` is just a key. */
export function valueAt(values: Values, pointer: string): unknown {
  let node: unknown = values;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(node)) {
      node = /^\d+$/.test(segment) ? node[Number(segment)] : undefined;
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

/** Strings as written; numbers as Helm would print them; anything else is ''. */
export function stringAt(values: Values, pointer: string): string {
  const value = valueAt(values, pointer);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Go-template truthiness, which is what the chart's `if` tests: '', 0, false, null, [] and {} are false. */
export function isTruthyAt(values: Values, pointer: string): boolean {
  const value = valueAt(values, pointer);
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Whether the user wrote this key themselves (in the changes-only values). */
export function isSetAt(values: Values, pointer: string): boolean {
  return valueAt(values, pointer) !== undefined;
}
