import { readChartArchiveFiles } from './readChartArchiveFiles';
import { readChartMetadata } from './readChartMetadata';

/** The `kubeVersion` constraint of an archive's Chart.yaml; undefined when it states none (or is no chart). */
export function readChartKubeVersion(archive: Uint8Array): string | undefined {
  const read = readChartArchiveFiles(archive);
  if (!read.ok) return undefined;
  const chartYaml = read.files.find((file) => file.path === 'Chart.yaml');
  return chartYaml ? readChartMetadata(new TextDecoder().decode(chartYaml.bytes)).kubeVersion : undefined;
}
