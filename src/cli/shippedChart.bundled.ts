import { loadChartSchema } from '../core/schema/chartCatalog';
import { createChart, type Chart } from '../core/chart/createChart';
import { shippedChartRef } from '../core/chart/ChartRef';
import { generatedCompiler, type GeneratedValidators } from '../core/validate/SchemaCompiler';

/**
 * The validators build/chartValidatorScriptsPlugin.ts generates, one script per shipped chart version, each
 * compiled from the V8 code cache the build wrote beside it.
 */
const generated = import.meta.glob<GeneratedValidators>('/schemas/catalyst/*/values.schema.json', { query: '?validator-script' });

/** The built CLI's shipped chart: generated at build time, so no schema is compiled at start-up. */
export async function shippedChart(version: string): Promise<Chart> {
  const load = generated[`/schemas/catalyst/${version}/values.schema.json`];
  if (!load) throw new Error(`No validators were generated for chart ${version}; rebuild the command line.`);
  const [schema, validators] = await Promise.all([loadChartSchema(version), load()]);
  return createChart(shippedChartRef(version), schema, generatedCompiler(validators));
}
