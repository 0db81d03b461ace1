import type { JsonSchema } from '@/core/schema/JsonSchema';
import { structuralParts } from '@/core/schema/schemaNavigation';

/**
 * One node's structural parts ($ref target and plain allOf wrappers) as a single schema: the node's own
 * keywords win, properties are merged. The form reads this view; the validator still reads the original.
 */
export function flattenSchema(root: JsonSchema, node: JsonSchema | undefined): JsonSchema {
  const parts = structuralParts(root, node);
  const flat: JsonSchema = {};
  const properties: Record<string, JsonSchema> = {};
  let hasProperties = false;
  for (const part of parts) {
    for (const [keyword, value] of Object.entries(part)) {
      if (keyword === 'allOf' || keyword === 'properties' || keyword === '$ref') continue;
      if (!Object.hasOwn(flat, keyword)) flat[keyword] = value;
    }
    for (const [key, child] of Object.entries(part.properties ?? {})) {
      hasProperties = true;
      if (!Object.hasOwn(properties, key)) Object.defineProperty(properties, key, { value: child, enumerable: true, writable: true, configurable: true });
    }
  }
  if (hasProperties) flat.properties = properties;
  // Conditional allOf branches (if/then rules) stay out: they constrain values, they do not add keys.
  return flat;
}

/** The schema's `type` as a list ('null' dropped: Helm reads null as "use the default"). */
export function typesOf(schema: JsonSchema): string[] {
  const raw = schema.type;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((t) => t !== 'null');
}
