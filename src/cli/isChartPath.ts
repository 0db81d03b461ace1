/**
 * `--chart PATH` names a chart on disk (rather than a shipped chart version) when it holds a path separator or a
 * .tgz. Apart from the chart reader, so a run on a shipped version never loads the archive code.
 */
export function isChartPath(chart: string): boolean {
  return /[\\/]/.test(chart) || /\.tgz$/i.test(chart) || chart === '.' || chart === '..';
}
