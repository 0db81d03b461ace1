import { chartVersionOption } from './chartVersionOption';

/**
 * What `commands` and `share` both take: a shipped chart version (`--chart`, as `1.90`, `v1.90.0` or
 * `1.90.0`) and exactly one values file. The version and file, or why the arguments do not name them.
 */
export function chartAndFile(chart: string, positionals: readonly string[]): { chart: string; file: string } | { usageProblem: string } {
  const version = chartVersionOption(chart);
  if ('usageProblem' in version) return version;
  const [file, ...more] = positionals;
  if (file === undefined) return { usageProblem: 'no values file given' };
  if (more.length > 0) return { usageProblem: 'give exactly one values file' };
  return { chart: version.version, file };
}
