import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node } from 'yaml';
import { isValuesMap } from '../values/isValuesMap';
import { hasUnprintable } from './escapeUnprintable';
import { needsQuoting } from './needsQuoting';

/**
 * Builds yaml nodes for a plain value, in block style. Documents use the failsafe schema (every
 * scalar is text), so numbers, booleans and null are written as PLAIN text that go-yaml reads back
 * as that type, and a string is double-quoted whenever a YAML 1.1 or 1.2 reader would read it as
 * anything else (`"on"`, `"012"`, `"1:20"`, `""`). Other strings are left to the library, which
 * quotes them only when the syntax needs it.
 */
export function valueToNode(value: unknown): Node {
  if (value === null || value === undefined) return plain('null');
  if (typeof value === 'boolean') return plain(value ? 'true' : 'false');
  if (typeof value === 'number') return plain(numberText(value));
  if (typeof value === 'bigint') return plain(value.toString());
  if (typeof value === 'string') return stringNode(value);
  if (value instanceof Date) return stringNode(value.toISOString());
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(valueToNode(item));
    return seq;
  }
  const map = new YAMLMap();
  if (isValuesMap(value) || typeof value === 'object') {
    for (const key of Object.keys(value)) {
      map.items.push(new Pair(keyNode(key), valueToNode((value as Record<string, unknown>)[key])));
    }
  }
  return map;
}

export function keyNode(key: string): Scalar {
  return stringNode(key);
}

/**
 * Quoted too: text with characters a file may not hold raw (escaped when printed), and text starting
 * with U+FEFF, which at the start of a file would be read as a byte-order mark and dropped.
 */
function stringNode(text: string): Scalar {
  const node = new Scalar(text);
  if (needsQuoting(text) || hasUnprintable(text) || text.startsWith('\uFEFF')) node.type = 'QUOTE_DOUBLE';
  return node;
}

function plain(text: string): Scalar {
  const node = new Scalar(text);
  node.type = 'PLAIN';
  return node;
}

/** Text go-yaml reads back as the same number; -0 needs a float form, infinities cannot round-trip. */
function numberText(value: number): string {
  if (Number.isNaN(value)) return '.nan';
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  if (Object.is(value, -0)) return '-0.0';
  return String(value);
}
