import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from './JsonSchema';
import { structuralParts } from './schemaNavigation';

/**
 * The chart's values.yaml, rebuilt from the schema's `default` keywords (schemas/README.md): a node with a
 * default contributes it whole; an object without one contributes its children's defaults, if any.
 * Nodes for values the templates read but values.yaml leaves out carry no default and so add nothing.
 */
export function chartDefaults(root: JsonSchema): Values {
  const defaults = defaultsOf(root, root);
  return isPlainMap(defaults) ? defaults : {};
}

function defaultsOf(root: JsonSchema, node: JsonSchema): unknown {
  const parts = structuralParts(root, node);
  for (const part of parts) if (Object.hasOwn(part, 'default')) return structuredClone(part.default);
  const result: Values = {};
  for (const part of parts) {
    for (const [key, child] of Object.entries(part.properties ?? {})) {
      const value = defaultsOf(root, child);
      if (value !== undefined) Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function isPlainMap(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
