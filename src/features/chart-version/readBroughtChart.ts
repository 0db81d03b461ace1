import { readChartFiles } from '@/core/chart-archive/readChartFiles';
import { prepareBroughtChart } from '@/core/chart-archive/prepareBroughtChart';
import { chartArchiveLimits, megabytes } from '@/core/chart-archive/chartArchiveLimits';
import { loadChartSchema, nearestShippedVersion } from '@/core/schema/chartCatalog';
import { createChartValidator } from '@/core/validate/createChartValidator';
import { interpretingCompiler } from '@/core/validate/interpretingCompiler';
import { broughtChartKey, type BroughtChartEntry } from './broughtCharts';

/**
 * The files the user chose, read in the browser (nothing is uploaded) into a chart the studio can open:
 * the form dressed with the nearest shipped chart's sections, the checks of the chart's own schema.
 * Rejects with the message to show.
 */
export async function readBroughtChart(chosen: readonly File[]): Promise<BroughtChartEntry> {
  // Checked before reading: a wrong file of gigabytes must not be loaded into memory first.
  const tooBig = chosen.find((file) => file.size > chartArchiveLimits.archiveBytes);
  if (tooBig) throw new Error(`${tooBig.name} is ${megabytes(tooBig.size)}; the studio reads chart files up to ${megabytes(chartArchiveLimits.archiveBytes)}.`);
  const dropped = await Promise.all(chosen.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const files = readChartFiles(dropped);
  if (!files.ok) throw new Error(files.error);
  const shipped = await loadChartSchema(nearestShippedVersion(files.files.version));
  const prepared = prepareBroughtChart(files.files, shipped);
  if (!prepared.ok) throw new Error(prepared.error);
  const { name, version, schema } = prepared.chart;
  let validator;
  try {
    validator = createChartValidator(schema, interpretingCompiler(schema));
  } catch (error) {
    throw new Error(`The chart's schema could not be used: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { key: broughtChartKey(name, version), label: `${name} ${version} (your chart)`, validator };
}
