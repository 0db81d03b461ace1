import { shippedChartVersions } from '../core/schema/chartCatalog';

/**
 * `--chart` as people write it: `1.90.0`, `v1.90.0`, or `1.90` (the newest shipped patch of 1.90).
 * The shipped version, or why the text names none.
 */
export function chartVersionOption(text: string): { version: string } | { usageProblem: string } {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text.trim());
  const candidates = match
    ? shippedChartVersions.filter((version) => {
        const [major, minor, patch] = version.split('.');
        return major === String(Number(match[1])) && minor === String(Number(match[2])) && (match[3] === undefined || patch === String(Number(match[3])));
      })
    : [];
  const version = candidates[candidates.length - 1];
  if (version === undefined) return { usageProblem: `unknown chart version ${text} (known: ${shippedChartVersions.join(', ')})` };
  return { version };
}
