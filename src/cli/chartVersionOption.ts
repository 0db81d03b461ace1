import { findShippedChartVersion, shippedChartVersions } from '../core/schema/chartCatalog';

/**
 * `--chart` as people write it: `1.90.0`, `v1.90.0`, or `1.90` (the newest shipped patch of 1.90).
 * The shipped version, or why the text names none.
 */
export function chartVersionOption(text: string): { version: string } | { usageProblem: string } {
  const version = findShippedChartVersion(text);
  if (version === undefined) return { usageProblem: `unknown chart version ${text} (known: ${shippedChartVersions.join(', ')})` };
  return { version };
}
