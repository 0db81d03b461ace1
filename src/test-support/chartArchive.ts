import { existsSync } from 'node:fs';

/**
 * Where the tests find the archive of a chart release (`helm pull` output): the reference copy of the chart
 * beside the project, a folder per documented version, and the other releases together.
 */
export function chartArchivePath(version: string): string {
  const candidates = [`../shared/chart/${version}/catalyst-${version}.tgz`, `../shared/chart/releases/catalyst-${version}.tgz`];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`No archive of chart ${version} at ${candidates.join(' or ')}`);
  return found;
}

/** Every release the tests have an archive of, oldest first. */
const releasesAtHand = ['1.28.0', '1.40.0', '1.55.0', '1.70.0', '1.89.0', '1.90.0'] as const;

/** The archives of every release at hand, oldest first. */
export function archivesAtHand(): string[] {
  return releasesAtHand.map(chartArchivePath);
}
