import { parsePointer } from '../pointer/jsonPointer';
import { chartFormats } from '../schema/formats';
import type { FieldNode } from './FormModel';

/**
 * What an empty field shows: the chart default, which applies while the box is empty; a template default
 * (`{{ ternary … }}`) says the chart chooses instead of showing code cut off at the box's edge. Without a
 * default, the field's own example (the schema's `examples`, written for what the field names) or, failing
 * that, its format's.
 */
export function fieldPlaceholder(node: FieldNode): string | undefined {
  const value = node.default;
  if (typeof value === 'string' && value.includes('{{')) return 'Chosen by the chart';
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const own = node.schema.examples?.[0];
  if (typeof own === 'string' && own !== '') return `e.g. ${own}`;
  const example = node.format === 'quantity' ? quantityExample(node.pointer) : node.format ? chartFormats[node.format]?.example : undefined;
  return example && !example.includes('\n') ? `e.g. ${example}` : undefined;
}

/** A quantity in the unit its resource is counted in: CPU in millicores, memory and storage in bytes. */
function quantityExample(pointer: string): string | undefined {
  const resource = parsePointer(pointer).at(-1) ?? '';
  if (resource === 'cpu') return '250m';
  if (resource === 'memory') return '512Mi';
  if (resource === 'ephemeral-storage' || resource === 'storage' || resource.endsWith('size')) return '1Gi';
  return chartFormats['quantity']?.example;
}
