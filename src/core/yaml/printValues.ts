import { Document } from 'yaml';
import type { Values } from '../diagnostics/Diagnostic';
import { escapeUnprintable } from './escapeUnprintable';
import { valueToNode } from './valueToNode';

/**
 * A fresh values file for plain values: block style, 2-space indent, strings quoted when a YAML 1.1
 * or 1.2 reader would read them as anything else. `parseValues(printValues(v)).values` equals `v`
 * for JSON-like values.
 */
export function printValues(values: Values): string {
  const doc = new Document(null, { schema: 'failsafe' });
  doc.contents = valueToNode(values) as never;
  return escapeUnprintable(doc.toString({ indent: 2, lineWidth: 0 }));
}
