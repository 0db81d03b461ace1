/**
 * Whether dropped files are a chart (an archive as `helm pull` saves it, or a chart's values.schema.json)
 * rather than a values file: a drop on the page then goes to "Use your own chart", not to "Open".
 */
export function looksLikeChartFiles(names: readonly string[]): boolean {
  return names.some((name) => /\.(tgz|tar\.gz|tar)$/i.test(name) || /(^|[/\\])values\.schema\.json$/i.test(name));
}
