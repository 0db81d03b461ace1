/**
 * How a chart the user brought is named wherever a chart version goes (the session, saved work, a share
 * link): `yours:<name>@<version>`, from its Chart.yaml. Distinct from every shipped version ("1.90.0"),
 * so a brought copy of a shipped chart never shadows it.
 */
const PREFIX = 'yours:';

/** What a Chart.yaml name and version may be to travel in a key (readChartMetadata keeps both under 100). */
const NAME = /^[^\u0000-\u001f\u007f-\u009f]{1,100}$/;
const VERSION = /^[0-9A-Za-z.+_-]{1,100}$/;

export function broughtChartKey(name: string, version: string): string {
  return `${PREFIX}${name}@${version}`;
}

export function isBroughtChartKey(version: string): boolean {
  return version.startsWith(PREFIX);
}

/** The chart a key names, or undefined when it is not a brought chart's key. The version has no "@"; the name may. */
export function parseBroughtChartKey(key: string): { name: string; version: string } | undefined {
  if (!isBroughtChartKey(key)) return undefined;
  const at = key.lastIndexOf('@');
  const name = key.slice(PREFIX.length, at);
  const version = key.slice(at + 1);
  return at > PREFIX.length && NAME.test(name) && VERSION.test(version) ? { name, version } : undefined;
}
