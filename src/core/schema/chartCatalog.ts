import type { JsonSchema } from './JsonSchema';

/**
 * The chart versions whose schemas ship with the studio. Each loads on demand, so the browser fetches only
 * the version in use (the schemas are large), and the CLI loads the same files from disk.
 */
const schemaLoaders: Record<string, () => Promise<{ default: unknown }>> = {
  '1.28.0': () => import('../../../schemas/catalyst/1.28.0/values.schema.json'),
  '1.90.0': () => import('../../../schemas/catalyst/1.90.0/values.schema.json'),
};

export const shippedChartVersions: readonly string[] = Object.keys(schemaLoaders);

/** The newest chart the studio ships. */
export const newestChartVersion = shippedChartVersions[shippedChartVersions.length - 1] ?? '1.28.0';

/**
 * The version the studio opens on and the CLI assumes when `--chart` is not given: the release the chart's
 * README documents, until the studio can switch versions and carry values across.
 */
export const defaultChartVersion = '1.28.0';

export function isShippedChartVersion(version: string): boolean {
  return Object.hasOwn(schemaLoaders, version);
}

export async function loadChartSchema(version: string): Promise<JsonSchema> {
  const load = isShippedChartVersion(version) ? schemaLoaders[version] : undefined;
  if (!load) {
    throw new Error(`Chart ${version} is not one the studio ships (it knows ${shippedChartVersions.join(', ')}).`);
  }
  const module = await load();
  return module.default as JsonSchema;
}
