/**
 * Orders chart versions as semver does for releases (`1.9.0` < `1.28.0`); a leading `v` is ignored, missing
 * parts count as 0, and a version that is not numbers sorts after every numbered one.
 */
export function compareChartVersions(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

function versionParts(version: string): number[] {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version.trim());
  if (!match) return [Infinity, Infinity, Infinity];
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}
