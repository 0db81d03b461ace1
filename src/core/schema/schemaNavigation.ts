import type { JsonSchema } from './JsonSchema';
import { parsePointer } from '../pointer/jsonPointer';
import { matchesSchemaPattern } from './schemaPatterns';

/**
 * Walking a schema the way values are walked: from a node to the node that describes one key or list item.
 * Only the structural keywords count (properties, patternProperties, additionalProperties, items, $ref and
 * plain allOf wrappers); the rules in if/then describe constraints, not which keys exist.
 */

export function resolveRef(root: JsonSchema, node: JsonSchema | undefined): JsonSchema | undefined {
  let current = node;
  const seen = new Set<string>();
  while (current?.$ref && current.$ref.startsWith('#/') && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    let target: unknown = root;
    for (const segment of parsePointer(current.$ref.slice(1))) {
      target = target && typeof target === 'object' ? (target as Record<string, unknown>)[segment] : undefined;
    }
    const { $ref: _ref, ...siblings } = current;
    current = { ...(target as JsonSchema), ...siblings };
  }
  return current;
}

/** The node and the allOf branches that are plain wrappers (no if/then), each resolved. */
export function structuralParts(root: JsonSchema, node: JsonSchema | undefined): JsonSchema[] {
  const resolved = resolveRef(root, node);
  if (!resolved) return [];
  const parts = [resolved];
  for (const branch of resolved.allOf ?? []) {
    if (branch.if || branch.then || branch.not) continue;
    parts.push(...structuralParts(root, branch));
  }
  return parts;
}

/** The schema that describes `key` inside an object node, or undefined when the node does not know it. */
function childSchema(root: JsonSchema, node: JsonSchema | undefined, key: string): JsonSchema | undefined {
  return childSchemaIn(root, structuralParts(root, node), key);
}

/** childSchema for a node whose structural parts the caller already has (one walk over many keys of one map). */
export function childSchemaIn(root: JsonSchema, parts: readonly JsonSchema[], key: string): JsonSchema | undefined {
  for (const part of parts) {
    if (part.properties && Object.hasOwn(part.properties, key)) return resolveRef(root, part.properties[key]);
  }
  for (const part of parts) {
    for (const [pattern, schema] of Object.entries(part.patternProperties ?? {})) {
      if (matchesSchemaPattern(pattern, key)) return resolveRef(root, schema);
    }
  }
  for (const part of parts) {
    if (part.additionalProperties && typeof part.additionalProperties === 'object') {
      return resolveRef(root, part.additionalProperties);
    }
  }
  return undefined;
}

export function itemSchema(root: JsonSchema, node: JsonSchema | undefined): JsonSchema | undefined {
  for (const part of structuralParts(root, node)) {
    if (part.items && !Array.isArray(part.items)) return resolveRef(root, part.items);
  }
  return undefined;
}

/** The node that describes the value at `pointer`, or undefined when the schema does not describe it. */
export function schemaAt(root: JsonSchema, pointer: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = resolveRef(root, root);
  for (const segment of parsePointer(pointer)) {
    if (!node) return undefined;
    node = /^\d+$/.test(segment) && isListNode(root, node) ? itemSchema(root, node) : childSchema(root, node, segment);
  }
  return node;
}

function isListNode(root: JsonSchema, node: JsonSchema): boolean {
  return structuralParts(root, node).some((part) => part.items !== undefined || part.type === 'array');
}

/**
 * The keys a closed mapping node describes, from the node's structural parts, or undefined when the node
 * accepts keys of the user's own.
 */
export function closedKeysIn(parts: readonly JsonSchema[]): string[] | undefined {
  if (parts.length === 0) return undefined;
  if (parts.some((part) => part.additionalProperties !== undefined && part.additionalProperties !== false)) return undefined;
  if (parts.some((part) => part.patternProperties)) return undefined;
  const keys = parts.flatMap((part) => Object.keys(part.properties ?? {}));
  return keys.length > 0 ? keys : undefined;
}
