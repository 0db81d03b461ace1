import type { JsonSchema } from '../schema/JsonSchema';
import { runtimeCompiler } from '../validate/runtimeCompiler';
import type { ChartRef } from './ChartRef';
import { createChart, type Chart } from './createChart';

/** A chart whose schema is compiled here and now (Node, tests, a chart the user brings). */
export function compileChart(ref: ChartRef, schema: JsonSchema): Chart {
  return createChart(ref, schema, runtimeCompiler(schema));
}
