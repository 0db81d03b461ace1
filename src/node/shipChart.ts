import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareChartVersions } from '../core/chart/chartVersion';
import type { CuratedOverlay } from '../core/chart-ingest/CuratedOverlay';
import type { OverlayReport } from '../core/chart-ingest/applyOverlay';
import { formatSchemaFile, studioChartSchemaOfArchive } from '../core/chart-ingest/studioChartSchema';

type ShipResult = { ok: true; version: string; schemaFile: string; versionsFile: string; report: OverlayReport } | { ok: false; error: string };

/**
 * Makes a chart release one the studio ships, in the project at `projectRoot`: writes the studio's schema for
 * the archive (the chart's values with the curated overlay, none of the chart's own words) to
 * schemas/catalyst/X.Y.Z/values.schema.json and lists the version in schemas/catalyst/versions.json, which the
 * studio, the command line and the tests read. Running it again for a version already shipped rewrites its
 * schema (after an overlay change). The presets need nothing: each is written once and migrated to every version.
 */
export function shipChart(projectRoot: string, archive: Uint8Array): ShipResult {
  const catalog = join(projectRoot, 'schemas', 'catalyst');
  const overlay = JSON.parse(readFileSync(join(catalog, 'overlay.json'), 'utf8')) as CuratedOverlay;
  const result = studioChartSchemaOfArchive(archive, overlay, { chartTexts: false });
  if (!result.ok) return result;
  const { version, schema, report } = result.chart;
  const schemaFile = join(catalog, version, 'values.schema.json');
  mkdirSync(dirname(schemaFile), { recursive: true });
  writeFileSync(schemaFile, formatSchemaFile(schema));
  const versionsFile = join(catalog, 'versions.json');
  const listed = JSON.parse(readFileSync(versionsFile, 'utf8')) as string[];
  const versions = [...new Set([...listed, version])].sort(compareChartVersions);
  writeFileSync(versionsFile, `${JSON.stringify(versions, null, 2)}\n`);
  return { ok: true, version, schemaFile, versionsFile, report };
}
