import type { JsonSchema } from '../schema/JsonSchema';
import { createChartValidator, type ChartValidator } from './createChartValidator';
import { runtimeCompiler } from './runtimeCompiler';

/** A chart validator compiled here and now (Node, tests, a chart the user brings). */
export function compileChartValidator(schema: JsonSchema): ChartValidator {
  return createChartValidator(schema, runtimeCompiler(schema));
}
