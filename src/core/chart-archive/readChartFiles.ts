import { chartArchiveLimits, megabytes } from './chartArchiveLimits';
import type { ChartFilesResult } from './ChartFiles';
import { readChartArchive } from './readChartArchive';
import { readChartMetadata } from './readChartMetadata';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * What the user dropped or picked, as a chart: one archive (.tgz, .tar.gz, .tar), or a values.schema.json
 * with its values.yaml (and, optionally, Chart.yaml for the chart's name and version).
 */
export function readChartFiles(dropped: readonly DroppedFile[]): ChartFilesResult {
  const archive = dropped.find((file) => /\.(tgz|tar\.gz|tar)$/i.test(file.name));
  if (archive) return readChartArchive(archive.bytes);

  const schema = dropped.find((file) => /\.json$/i.test(file.name));
  const values = dropped.find((file) => /^values\.ya?ml$/i.test(file.name)) ?? dropped.find((file) => /\.ya?ml$/i.test(file.name) && !/^chart\.ya?ml$/i.test(file.name));
  const chartYaml = dropped.find((file) => /^chart\.ya?ml$/i.test(file.name));
  if (!schema) {
    return { ok: false, error: 'Choose the chart archive (.tgz, as `helm pull` downloads it), or its values.schema.json together with its values.yaml.' };
  }
  if (schema.bytes.byteLength > chartArchiveLimits.schemaBytes) {
    return { ok: false, error: `${schema.name} is ${megabytes(schema.bytes.byteLength)}; the studio reads schemas up to ${megabytes(chartArchiveLimits.schemaBytes)}.` };
  }
  if (!values) {
    return { ok: false, error: `${schema.name} needs the chart's values.yaml beside it: the chart's defaults come from there. Choose both files at once.` };
  }
  const decoder = new TextDecoder();
  const metadata = chartYaml ? readChartMetadata(decoder.decode(chartYaml.bytes)) : {};
  return {
    ok: true,
    files: {
      name: metadata.name ?? 'chart',
      version: metadata.version ?? 'unversioned',
      schemaText: decoder.decode(schema.bytes),
      valuesText: decoder.decode(values.bytes),
    },
  };
}
