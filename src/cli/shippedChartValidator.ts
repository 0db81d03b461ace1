import { loadChartSchema } from '../core/schema/chartCatalog';
import type { ChartValidator } from '../core/validate/createChartValidator';
import { compileChartValidator } from '../core/validate/compileChartValidator';

/**
 * A shipped chart's validator, compiled here and now: for the tests and for running the CLI from source.
 * The built CLI (vite.cli.config.ts) swaps in shippedChartValidator.bundled.ts, which uses the validators
 * generated at build time and so starts without compiling the schema.
 */
export async function shippedChartValidator(version: string): Promise<ChartValidator> {
  return compileChartValidator(await loadChartSchema(version));
}
