import type { ValidateFunction } from 'ajv';
import type { JsonSchema } from '../schema/JsonSchema';
import { createAjv } from './createAjv';
import { chartRegExpEngine } from './chartPattern';
import { subschemaKey, withChartDefinitions, type SchemaCompiler } from './SchemaCompiler';

/**
 * Compiles with ajv here and now: for Node (CLI, tests) and for a chart the user brings. The shipped
 * charts in the browser use validators generated at build time instead, so ajv's compiler (and the eval it
 * needs) stays out of the page. Patterns run on RE2, as Helm runs them: a chart's own cannot backtrack
 * for minutes (see chartPattern).
 */
export function runtimeCompiler(root: JsonSchema): SchemaCompiler {
  const ajv = createAjv({ regExp: chartRegExpEngine });
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

