import type { ValidateFunction } from 'ajv';
import type { JsonSchema } from '../schema/JsonSchema';
import { createAjv } from './createAjv';
import { subschemaKey, withChartDefinitions, type SchemaCompiler } from './SchemaCompiler';

/**
 * Compiles with ajv here and now: for Node (CLI, tests) and for a chart the user brings. The shipped
 * charts in the browser use validators generated at build time instead, so ajv's compiler (and the eval it
 * needs) stays out of the page.
 */
export function runtimeCompiler(root: JsonSchema): SchemaCompiler {
  const ajv = createAjv();
  const cache = new Map<string, ValidateFunction>();
  return {
    root: ajv.compile(root),
    compile(schema) {
      const key = subschemaKey(schema);
      let validate = cache.get(key);
      if (!validate) {
        validate = ajv.compile(withChartDefinitions(root, schema));
        cache.set(key, validate);
      }
      return validate;
    },
  };
}

