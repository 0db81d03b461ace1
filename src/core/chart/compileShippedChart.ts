import { loadChartSchema } from '../schema/chartCatalog';
import { shippedChartRef } from './ChartRef';
import { compileChart } from './compileChart';
import type { Chart } from './createChart';

/** A shipped chart, its schema compiled here and now (Node and tests; the page and the built CLI use validators generated at build time). */
export async function compileShippedChart(version: string): Promise<Chart> {
  return compileChart(shippedChartRef(version), await loadChartSchema(version));
}
