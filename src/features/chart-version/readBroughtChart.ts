import { readChartFiles, type DroppedFile } from '@/core/chart-archive/readChartFiles';
import { prepareBroughtArchive, prepareBroughtChart, type BroughtChartResult } from '@/core/chart-archive/prepareBroughtChart';
import type { CuratedOverlay } from '@/core/chart-ingest/CuratedOverlay';
import { packChartFolder } from '@/core/chart-archive/packChartFolder';
import { chartArchiveLimits, megabytes } from '@/core/chart-archive/chartArchiveLimits';
import { loadChartSchema, nearestShippedVersion } from '@/core/schema/chartCatalog';
import { createChart } from '@/core/chart/createChart';
import { interpretingCompiler } from '@/core/validate/interpretingCompiler';
import { broughtChartRef, chartRefText } from '@/core/chart/ChartRef';
import type { BroughtChartEntry } from './broughtCharts';

const archiveName = /\.(tgz|tar\.gz|tar)$/i;

/**
 * The files the user chose or dropped, read in the browser (nothing is uploaded): an archive, a chart
 * folder (packed into the archive `helm package` would make), or a schema with its values file.
 * Rejects with the message to show.
 */
export async function readChosenChart(chosen: readonly File[]): Promise<BroughtChartEntry> {
  // Checked before reading: a wrong file of gigabytes must not be loaded into memory first.
  const tooBig = chosen.find((file) => file.size > chartArchiveLimits.archiveBytes);
  if (tooBig) throw new Error(`${tooBig.name} is ${megabytes(tooBig.size)}; the studio reads chart files up to ${megabytes(chartArchiveLimits.archiveBytes)}.`);
  const inFolder = chosen.filter((file) => file.webkitRelativePath.includes('/'));
  if (inFolder.length > 0) {
    const total = inFolder.reduce((sum, file) => sum + file.size, 0);
    if (total > chartArchiveLimits.unpackedBytes) throw new Error(`The folder holds ${megabytes(total)}; the studio reads charts up to ${megabytes(chartArchiveLimits.unpackedBytes)}.`);
    const packed = packChartFolder(await Promise.all(inFolder.map(async (file) => ({ path: file.webkitRelativePath, bytes: new Uint8Array(await file.arrayBuffer()) }))));
    if (!packed.ok) throw new Error(packed.error);
    return readBroughtChart([{ name: 'chart.tgz', bytes: packed.archive }]);
  }
  return readBroughtChart(await Promise.all(chosen.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))));
}

/**
 * A brought chart's files as a chart the studio can open: from an archive, the studio's schema for that
 * release (prepareBroughtArchive) and the archive for Helm's engine; from a schema and its values file, that
 * schema dressed with the nearest shipped chart's sections. Rejects with the message to show.
 */
export async function readBroughtChart(files: DroppedFile[]): Promise<BroughtChartEntry> {
  const archive = files.find((file) => archiveName.test(file.name))?.bytes;
  const prepared = archive ? prepareBroughtArchive(archive, await loadCuratedOverlay()) : await prepareSchemaAndValues(files);
  if (!prepared.ok) throw new Error(prepared.error);
  const { name, version, schema, report } = prepared.chart;
  const ref = broughtChartRef(name, version);
  let chart;
  try {
    chart = createChart(ref, schema, interpretingCompiler(schema));
  } catch (error) {
    throw new Error(`The chart's schema could not be used: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { key: chartRefText(ref), label: `${name} ${version} (your chart)`, chart, files, archive, overlayReport: report };
}

/** A schema with its values file (no templates to read): the chart's schema dressed with the nearest shipped chart's sections. */
async function prepareSchemaAndValues(files: readonly DroppedFile[]): Promise<BroughtChartResult> {
  const read = readChartFiles(files);
  if (!read.ok) return read;
  return prepareBroughtChart(read.files, await loadChartSchema(nearestShippedVersion(read.files.version)));
}

/** The curated overlay is large and only a brought archive needs it: it loads then, once. */
async function loadCuratedOverlay(): Promise<CuratedOverlay> {
  const module = await import('../../../schemas/catalyst/overlay.json');
  return module.default as CuratedOverlay;
}
