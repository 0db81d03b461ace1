import type { JsonSchema } from '../schema/JsonSchema';
import { parsePointer } from '../pointer/jsonPointer';
import { structuralParts } from '../schema/schemaNavigation';

/**
 * Whether a chart reads the value at `pointer`, as its schema says: the schema names it itself (through
 * `properties`, not as a key of a free-form map) and does not mark it as read by nothing (`x-unread`, an old
 * place the studio keeps only to say where the value went).
 */
export function describesValue(schema: JsonSchema, pointer: string): boolean {
  const node = nodeAt(schema, pointer);
  return node !== undefined && node['x-unread'] === undefined;
}

/** The spellings a chart's schema allows for the value at `pointer`, or undefined when it lists none. */
export function allowedValues(schema: JsonSchema, pointer: string): readonly unknown[] | undefined {
  const node = nodeAt(schema, pointer);
  if (!node) return undefined;
  for (const part of structuralParts(schema, node)) if (Array.isArray(part.enum)) return part.enum;
  return undefined;
}

function nodeAt(schema: JsonSchema, pointer: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of parsePointer(pointer)) {
    const parts: JsonSchema[] = structuralParts(schema, node);
    node = parts.map((part) => (part.properties && Object.hasOwn(part.properties, key) ? part.properties[key] : undefined)).find((child) => child !== undefined);
    if (!node) return undefined;
  }
  return node;
}
