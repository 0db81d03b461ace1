import { isShippedChartVersion, shippedChartVersions } from '../core/schema/chartCatalog';

/**
 * What `commands` and `share` both take: a shipped chart version (`--chart`) and exactly one values file.
 * The file, or why the arguments do not name one.
 */
export function chartAndFile(chart: string, positionals: readonly string[]): { file: string } | { usageProblem: string } {
  if (!isShippedChartVersion(chart)) return { usageProblem: `unknown chart version ${chart} (known: ${shippedChartVersions.join(', ')})` };
  const [file, ...more] = positionals;
  if (file === undefined) return { usageProblem: 'no values file given' };
  if (more.length > 0) return { usageProblem: 'give exactly one values file' };
  return { file };
}
