/**
 * The Kubernetes minor versions the studio checks rendered objects against, newest first. A cluster version
 * decides which API versions the server serves (see servedApis); the field schemas are those of the newest.
 */
export const KUBERNETES_VERSIONS = ['1.35', '1.34', '1.33', '1.32', '1.31', '1.30', '1.29'] as const;

export type KubernetesVersion = (typeof KUBERNETES_VERSIONS)[number];

/**
 * The offered versions a chart's `kubeVersion` constraint (Chart.yaml) admits, newest first; all of them when
 * the chart states none, and all of them, too, for a constraint the studio cannot read (it never hides the
 * versions because of a typo in a chart, nor leaves none to check against).
 */
export function versionsForChart(constraint: string | undefined): KubernetesVersion[] {
  if (constraint === undefined || constraint.trim() === '') return [...KUBERNETES_VERSIONS];
  const admitted = KUBERNETES_VERSIONS.filter((version) => satisfiesKubeVersion(`${version}.0`, constraint));
  return admitted.length > 0 ? admitted : [...KUBERNETES_VERSIONS];
}

/** The version checked when the user has not picked one: the newest the chart supports. */
export function defaultKubernetesVersion(constraint: string | undefined): KubernetesVersion {
  return versionsForChart(constraint)[0] ?? KUBERNETES_VERSIONS[0];
}

/**
 * Whether `version` (`1.31.0`) meets a Chart.yaml `kubeVersion` constraint as Helm reads them: comparisons
 * (`>=`, `>`, `<=`, `<`, `=`, `!=`), `~` and `^`, `x` wildcards, a hyphen range (`1.27 - 1.31`), terms joined
 * by spaces or commas (all must hold) and alternatives by `||`. A `-0` pre-release suffix (`>=1.25.0-0`, so
 * that cloud providers' `1.29.3-gke.1` matches) is ignored, as the version is a release.
 */
export function satisfiesKubeVersion(version: string, constraint: string): boolean {
  const have = parseVersion(version);
  if (!have) return false;
  return constraint.split('||').some((alternative) => {
    const text = alternative.trim().replace(/(\S+)\s+-\s+(\S+)/g, '>=$1 <=$2');
    const terms = text.split(/[\s,]+/).filter(Boolean);
    const merged: string[] = [];
    // `>= 1.25` with a space: the operator and its version are one term.
    for (const term of terms) {
      const last = merged[merged.length - 1];
      if (last !== undefined && /^(?:[<>=!~^]=?|=)$/.test(last)) merged[merged.length - 1] = `${last}${term}`;
      else merged.push(term);
    }
    return merged.length > 0 && merged.every((term) => satisfiesTerm(have, term));
  });
}

type Version = [number, number, number];

function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function satisfiesTerm(have: Version, term: string): boolean {
  const match = /^(>=|<=|!=|>|<|=|~>?|\^)?v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-[0-9A-Za-z.-]+)?$/.exec(term);
  if (!match) return false;
  const operator = match[1] ?? '=';
  const parts = [match[2], match[3], match[4]];
  const wildcard = parts.findIndex((part) => part === undefined || /^[xX*]$/.test(part));
  const want: Version = [Number(/^\d+$/.test(parts[0] ?? '') ? parts[0] : 0), Number(/^\d+$/.test(parts[1] ?? '') ? parts[1] : 0), Number(/^\d+$/.test(parts[2] ?? '') ? parts[2] : 0)];
  const cmp = compare(have, want);
  // A version with parts left out or wildcarded stands for the whole range it names (`1.31` is 1.31.x).
  const upperOf = (level: number): Version => (level <= 0 ? [Infinity, 0, 0] : level === 1 ? [want[0] + 1, 0, 0] : [want[0], want[1] + 1, 0]);
  const partial = wildcard !== -1;
  switch (operator) {
    case '>=':
      return cmp >= 0;
    case '>':
      return partial ? compare(have, upperOf(wildcard)) >= 0 : cmp > 0;
    case '<':
      return cmp < 0;
    case '<=':
      return partial ? compare(have, upperOf(wildcard)) < 0 : cmp <= 0;
    case '!=':
      return partial ? !(cmp >= 0 && compare(have, upperOf(wildcard)) < 0) : cmp !== 0;
    case '~':
    case '~>':
      return cmp >= 0 && compare(have, upperOf(wildcard === 0 ? 0 : wildcard === 1 ? 1 : 2)) < 0;
    case '^':
      return cmp >= 0 && compare(have, want[0] > 0 ? [want[0] + 1, 0, 0] : [0, want[1] + 1, 0]) < 0;
    default:
      return partial ? cmp >= 0 && compare(have, upperOf(wildcard)) < 0 : cmp === 0;
  }
}
