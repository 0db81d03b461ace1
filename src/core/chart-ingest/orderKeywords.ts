import type { JsonSchema } from '../schema/JsonSchema';

/** The order keywords are written in: what a reader looks for first, then structure, then rules. */
const keywordOrder = [
  '$schema', '$id', '$ref', '$comment', 'title', 'description', 'x-description-from-chart', 'type', 'format', 'x-widget', 'x-secret',
  'x-existing-secret', 'x-go-template', 'x-unread', 'examples', 'x-section', 'x-dependency', 'x-order', 'x-show-if', 'default', 'const', 'enum',
  'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems',
  'uniqueItems', 'required', 'properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'items', 'additionalItems',
  'contains', 'minProperties', 'maxProperties', 'dependencies', 'if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'not',
  'errorMessage', 'x-sections', 'x-warnings', 'x-run-time', 'definitions',
];
const rank = new Map(keywordOrder.map((keyword, index) => [keyword, index]));

/** Keywords whose value maps names (of values or definitions) to schemas. */
const schemaMaps = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);
/** Keywords whose value is one schema, or a list of them. */
const schemaValued = new Set(['additionalProperties', 'propertyNames', 'items', 'additionalItems', 'contains', 'if', 'then', 'else', 'not', 'allOf', 'anyOf', 'oneOf']);

/**
 * A copy of the schema with every node's keywords in one fixed order (unknown ones after, by name), so that
 * a generated schema's bytes depend on what it says, never on the order it was put together in. The order
 * of values' keys (`properties`) and of data (`default`, `enum`) is kept as it is: that order means something.
 */
export function orderKeywords(schema: JsonSchema): JsonSchema {
  return orderNode(schema) as JsonSchema;
}

function orderNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(orderNode);
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node as Record<string, unknown>).sort(([a], [b]) => compareKeywords(a, b));
  const result: Record<string, unknown> = {};
  for (const [keyword, value] of entries) {
    if (schemaMaps.has(keyword) && value && typeof value === 'object' && !Array.isArray(value)) {
      const mapped: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(value)) mapped[name] = orderNode(child);
      result[keyword] = mapped;
    } else if (schemaValued.has(keyword)) {
      result[keyword] = orderNode(value);
    } else if (keyword === 'x-show-if' && value && typeof value === 'object') {
      const mapped: Record<string, unknown> = {};
      for (const [pointer, condition] of Object.entries(value)) mapped[pointer] = orderNode(condition);
      result[keyword] = mapped;
    } else {
      result[keyword] = value;
    }
  }
  return result;
}

function compareKeywords(a: string, b: string): number {
  const [ra, rb] = [rank.get(a), rank.get(b)];
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
