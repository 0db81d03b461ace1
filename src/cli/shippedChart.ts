import type { Chart } from '../core/chart/createChart';
import { compileShippedChart } from '../core/chart/compileShippedChart';

/**
 * A shipped chart, its schema compiled here and now: for the tests and for running the CLI from source.
 * The built CLI (vite.cli.config.ts) swaps in shippedChart.bundled.ts, which uses the validators
 * generated at build time and so starts without compiling the schema.
 */
export async function shippedChart(version: string): Promise<Chart> {
  return compileShippedChart(version);
}
