/**
 * Which chart the values are for: a version the studio ships, or a chart the user brought (named by its
 * Chart.yaml). A brought copy of a shipped chart is still a brought chart, so it never shadows the shipped one.
 */
export type ChartRef =
  | { readonly kind: 'shipped'; readonly version: string }
  | { readonly kind: 'brought'; readonly name: string; readonly version: string };

/**
 * How a reference travels wherever it is stored as text (saved work, a share link, the address, a cache key):
 * a shipped chart as its version (`1.90.0`), a brought one as `yours:<name>@<version>`.
 */
type ChartRefText = string;

const broughtPrefix = 'yours:';

/** What a Chart.yaml name and version may be to travel in the text (readChartMetadata keeps both under 100). */
const broughtName = /^[^\u0000-\u001f\u007f-\u009f]{1,100}$/;
const broughtVersion = /^[0-9A-Za-z.+_-]{1,100}$/;

export function shippedChartRef(version: string): ChartRef {
  return { kind: 'shipped', version };
}

export function broughtChartRef(name: string, version: string): ChartRef {
  return { kind: 'brought', name, version };
}

export function chartRefText(ref: ChartRef): ChartRefText {
  return ref.kind === 'brought' ? `${broughtPrefix}${ref.name}@${ref.version}` : ref.version;
}

/**
 * The reference a text names, or undefined for a brought chart's text that is malformed. The brought version
 * has no "@"; the name may. Whether a shipped version is one the studio has is the chart catalog's to say.
 */
export function parseChartRef(text: ChartRefText): ChartRef | undefined {
  if (!text.startsWith(broughtPrefix)) return shippedChartRef(text);
  const at = text.lastIndexOf('@');
  const name = text.slice(broughtPrefix.length, at);
  const version = text.slice(at + 1);
  return at > broughtPrefix.length && broughtName.test(name) && broughtVersion.test(version) ? broughtChartRef(name, version) : undefined;
}

/** Whether two references name the same chart (references are values: compare them with this, never with ===). */
export function sameChartRef(a: ChartRef, b: ChartRef): boolean {
  return a.kind === b.kind && a.version === b.version && (a.kind === 'shipped' || (b.kind === 'brought' && a.name === b.name));
}

/** The chart's name: a brought chart's own, else the shipped chart's. */
export function chartName(ref: ChartRef): string {
  return ref.kind === 'brought' ? ref.name : 'catalyst';
}
