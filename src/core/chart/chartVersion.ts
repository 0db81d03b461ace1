/**
 * Chart versions as people write them: `1.90.0`, `v1.90.0`, or `1.90` (read as 1.90.0 here; where a list of
 * known versions is at hand, `newestKnownPatch` picks the newest 1.90.x instead). Ordered as semver: a
 * pre-release comes before its release, build metadata does not count.
 */
const versionText = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

interface ParsedVersion {
  core: [number, number, number];
  pre: string[];
}

function parse(text: string): ParsedVersion | undefined {
  const match = versionText.exec(text.trim());
  if (!match) return undefined;
  return { core: [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)], pre: match[4] ? match[4].split('.') : [] };
}

/** The version in its `x.y.z[-pre]` spelling, or undefined when the text is not a version. */
export function normalizeChartVersion(text: string): string | undefined {
  const parsed = parse(text);
  if (!parsed) return undefined;
  return parsed.core.join('.') + (parsed.pre.length > 0 ? `-${parsed.pre.join('.')}` : '');
}

/** Negative, zero or positive as `a` is older than, the same as, or newer than `b`; text that is no version sorts after every version. */
export function compareChartVersions(a: string, b: string): number {
  const [x, y] = [parse(a), parse(b)];
  if (!x || !y) return x ? -1 : y ? 1 : a.localeCompare(b);
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return x.core[i]! - y.core[i]!;
  if (x.pre.length === 0 || y.pre.length === 0) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.min(x.pre.length, y.pre.length); i++) {
    const [p, q] = [x.pre[i]!, y.pre[i]!];
    if (p === q) continue;
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return x.pre.length - y.pre.length;
}

/**
 * The known version a text names: an exact version in any spelling, or for `1.90` (no patch) the newest
 * known 1.90.x. Undefined when it names none of them.
 */
export function findKnownVersion(text: string, known: readonly string[]): string | undefined {
  const wanted = parse(text);
  if (!wanted) return undefined;
  const patchGiven = /^v?\d+\.\d+\.\d+/.test(text.trim());
  const matches = known.filter((version) => {
    const candidate = parse(version);
    if (!candidate || candidate.core[0] !== wanted.core[0] || candidate.core[1] !== wanted.core[1]) return false;
    return patchGiven ? compareChartVersions(version, text) === 0 : candidate.pre.length === 0 || wanted.pre.length > 0;
  });
  return [...matches].sort(compareChartVersions).at(-1);
}
