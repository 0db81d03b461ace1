// Makes a chart release one the studio ships: `npm run ship-chart -- path/to/catalyst-X.Y.Z.tgz` writes
// schemas/catalyst/X.Y.Z/values.schema.json, lists X.Y.Z in schemas/catalyst/versions.json and prints the
// overlay report to review. schemas/README.md says what to do next.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatOverlayReport } from '../core/chart-ingest/formatOverlayReport';
import { shipChart } from './shipChart';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const archive = process.argv[2];
if (archive === undefined) {
  process.stderr.write('usage: npm run ship-chart -- path/to/catalyst-X.Y.Z.tgz\n');
  process.exit(2);
}
const shipped = shipChart(projectRoot, new Uint8Array(readFileSync(archive)));
if (!shipped.ok) {
  process.stderr.write(`${archive}: ${shipped.error}\n`);
  process.exit(2);
}
process.stdout.write(`wrote ${shipped.schemaFile}\nlisted ${shipped.version} in ${shipped.versionsFile}\n${formatOverlayReport(shipped.report)}`);
