import { chartArchiveLimits, megabytes, type ChartArchiveLimits } from './chartArchiveLimits';
import type { ChartFilesResult } from './ChartFiles';
import { readChartArchiveFiles } from './readChartArchiveFiles';
import { readChartMetadata } from './readChartMetadata';

/**
 * A chart archive as `helm pull` downloads it (`<name>-<version>.tgz` holding `<name>/Chart.yaml`,
 * `<name>/values.yaml`, `<name>/values.schema.json`), read in memory: nothing leaves the browser.
 * Subcharts (`<name>/charts/…`) are ignored: the studio composes the values of the top chart.
 * The chart's name and version come from its Chart.yaml alone, never from the file's or the folder's name.
 * Never throws: a wrong, damaged or hostile file is a message (see readChartArchiveFiles for the limits).
 */
export function readChartArchive(bytes: Uint8Array, limits: ChartArchiveLimits = chartArchiveLimits): ChartFilesResult {
  const read = readChartArchiveFiles(bytes, limits);
  if (!read.ok) return { ok: false, error: read.error };
  const files = new Map(read.files.map((file) => [file.path, file.bytes]));
  const chartYaml = files.get('Chart.yaml');
  const schema = files.get('values.schema.json');
  const values = files.get('values.yaml');
  if (!chartYaml) {
    return { ok: false, error: 'The archive holds no Chart.yaml in its chart folder: Helm needs one, and the studio takes the chart\'s name and version from it.' };
  }
  if (!schema) {
    return { ok: false, error: 'The archive holds no values.schema.json beside a Chart.yaml: the studio needs the chart\'s schema to build its form and checks.' };
  }
  if (schema.byteLength > chartArchiveLimits.schemaBytes) {
    return { ok: false, error: `The chart's values.schema.json is ${megabytes(schema.byteLength)}; the studio reads schemas up to ${megabytes(chartArchiveLimits.schemaBytes)}.` };
  }
  const decoder = new TextDecoder();
  const metadata = readChartMetadata(decoder.decode(chartYaml));
  if (metadata.name === undefined) {
    return { ok: false, error: 'The chart\'s Chart.yaml gives no name: Helm needs one, and the studio names the chart after it.' };
  }
  return {
    ok: true,
    files: {
      name: metadata.name,
      version: metadata.version ?? 'unversioned',
      schemaText: decoder.decode(schema),
      valuesText: values ? decoder.decode(values) : '',
    },
  };
}
