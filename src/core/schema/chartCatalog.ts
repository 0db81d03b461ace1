import { compareChartVersions, findKnownVersion } from '../chart/chartVersion';
import type { JsonSchema } from './JsonSchema';
import shippedVersionsList from '../../../schemas/catalyst/versions.json';

/**
 * The chart versions whose schemas ship with the studio, oldest first: data that `npm run ship-chart` writes
 * beside the schemas, so adding a version edits no code. Each schema loads on demand, so the browser fetches
 * only the version in use (the schemas are large), and the CLI loads the same files from disk.
 */
export const shippedChartVersions: readonly string[] = shippedVersionsList;

function loadSchemaModule(version: string): Promise<{ default: unknown }> {
  return import(`../../../schemas/catalyst/${version}/values.schema.json`) as Promise<{ default: unknown }>;
}

/** The newest chart the studio ships. */
const newestChartVersion = shippedChartVersions[shippedChartVersions.length - 1] ?? '1.28.0';

/**
 * The version the studio opens on and the CLI assumes when `--chart` is not given: the newest, since the
 * studio can switch versions and carry values across (`?chart=` in the address opens another).
 */
export const defaultChartVersion = newestChartVersion;

export function isShippedChartVersion(version: string): boolean {
  return shippedChartVersions.includes(version);
}

/** The shipped version a text names as people write it (`1.90`, `v1.90.0`, `1.90.0`), or undefined. */
export function findShippedChartVersion(text: string): string | undefined {
  return findKnownVersion(text, shippedChartVersions);
}

export async function loadChartSchema(version: string): Promise<JsonSchema> {
  if (!isShippedChartVersion(version)) {
    throw new Error(`Chart ${version} is not one the studio ships (it knows ${shippedChartVersions.join(', ')}).`);
  }
  const module = await loadSchemaModule(version);
  return module.default as JsonSchema;
}

/**
 * The shipped version whose layout a brought chart most likely shares: the newest shipped one not newer than
 * it, else the oldest. Text that is no version counts as newer than all.
 */
export function nearestShippedVersion(version: string): string {
  const notNewer = shippedChartVersions.filter((shipped) => compareChartVersions(shipped, version) <= 0);
  return notNewer[notNewer.length - 1] ?? shippedChartVersions[0] ?? newestChartVersion;
}
