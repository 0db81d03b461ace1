// Makes a chart release one the studio ships: `npm run ship-chart -- path/to/catalyst-X.Y.Z.tgz` writes
// schemas/catalyst/X.Y.Z/values.schema.json (the chart's values with the curated overlay, the chart's own
// comments left out) and prints the overlay report to review. schemas/README.md says what to do next.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSchemaFile, studioChartSchemaOfArchive } from '../core/chart-ingest/studioChartSchema';
import { formatOverlayReport } from '../core/chart-ingest/formatOverlayReport';
import type { CuratedOverlay } from '../core/chart-ingest/CuratedOverlay';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const archive = process.argv[2];
if (archive === undefined) {
  process.stderr.write('usage: npm run ship-chart -- path/to/catalyst-X.Y.Z.tgz\n');
  process.exit(2);
}
const overlay = JSON.parse(readFileSync(join(projectRoot, 'schemas', 'catalyst', 'overlay.json'), 'utf8')) as CuratedOverlay;
const result = studioChartSchemaOfArchive(new Uint8Array(readFileSync(archive)), overlay, { chartTexts: false });
if (!result.ok) {
  process.stderr.write(`${archive}: ${result.error}\n`);
  process.exit(2);
}
const target = join(projectRoot, 'schemas', 'catalyst', result.chart.version, 'values.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, formatSchemaFile(result.chart.schema));
process.stdout.write(`wrote ${target}\n${formatOverlayReport(result.chart.report)}`);
