import { parseArgs } from 'node:util';
import { ingestChartArchive } from '../core/chart-ingest/ingestChart';
import { findShippedChartVersion, loadChartSchema, shippedChartVersions } from '../core/schema/chartCatalog';
import { chartDefaults } from '../core/schema/chartDefaults';
import type { ChartRelease } from '../core/migrate/ChartRelease';
import { migrationStepNames, type MigrationStep } from '../core/migrate/MigrationStep';
import { migrateDocument } from '../core/migrate/migrateDocument';
import { dottedPath } from '../core/pointer/jsonPointer';
import { parseValues } from '../core/yaml/parseValues';
import { exitCodes, type CliStreams } from './CliStreams';
import { formatDiagnostic } from './formatDiagnostic';
import { isChartPath } from './isChartPath';
import { readChartPath } from './readChartPath';
import { readOneValuesFile } from './readOneValuesFile';
import { migrateUsage } from './migrateUsage';

export async function migrateCommand(args: readonly string[], io: CliStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' } } });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values: flags, positionals } = parsed;
  if (flags.from === undefined || flags.to === undefined) return usageError(io, 'give both --from and --to');
  const [file, ...more] = positionals;
  if (file === undefined) return usageError(io, 'no values file given');
  if (more.length > 0) return usageError(io, 'give exactly one values file');
  const from = await chartRelease(flags.from, '--from');
  if ('usageProblem' in from) return usageError(io, from.usageProblem);
  const to = await chartRelease(flags.to, '--to');
  if ('usageProblem' in to) return usageError(io, to.usageProblem);

  const text = await readOneValuesFile(file, io);
  if (typeof text === 'number') return text;
  const values = parseValues(text);
  if (!values.ok) {
    for (const d of values.issues) io.stderr.write(formatDiagnostic(file, d) + '\n');
    io.stderr.write(`catalyst-values migrate: ${file} is not readable YAML; nothing was migrated.\n`);
    return exitCodes.invalid;
  }
  const migrated = migrateDocument(values.document, values.values, from, to);
  io.stdout.write(migrated.text);
  io.stderr.write(reportText(migrated.report, from.version, to.version, migrated.reprinted));
  return exitCodes.ok;
}

/** A shipped version by its schema, or a chart on disk by its own values.yaml and the schema made from it. */
async function chartRelease(text: string, option: string): Promise<ChartRelease | { usageProblem: string }> {
  if (!isChartPath(text)) {
    const version = findShippedChartVersion(text);
    if (version === undefined) return { usageProblem: `${option}: unknown chart version ${text} (known: ${shippedChartVersions.join(', ')}; or give a chart archive or folder)` };
    const schema = await loadChartSchema(version);
    return { version, defaults: chartDefaults(schema), schema };
  }
  const read = await readChartPath(text);
  if ('error' in read) return { usageProblem: `${option}: ${read.error}` };
  const ingested = ingestChartArchive(read.chart);
  if (!ingested.ok) return { usageProblem: `${option}: ${text}: ${ingested.error}` };
  return { version: ingested.chart.version, defaults: ingested.chart.defaults, schema: ingested.chart.schema };
}

function reportText(report: readonly MigrationStep[], from: string, to: string, reprinted: boolean): string {
  const lines = [
    report.length === 0 ? `Chart ${from} → ${to}: the values needed no change.` : `Chart ${from} → ${to}: ${report.length} ${report.length === 1 ? 'thing' : 'things'} to know.`,
    ...report.map((step) => {
      const where = stepPlace(step);
      return `  ${migrationStepNames[step.kind]}${where ? ` ${where}` : ''}: ${step.message}`;
    }),
  ];
  if (reprinted) lines.push('The file was written afresh: its comments could not be kept.');
  return lines.join('\n') + '\n';
}

/** Where a step is, in the dotted form people write with --set: `a.b → c.d` for a move. */
function stepPlace(step: MigrationStep): string | undefined {
  if (step.from !== undefined && step.to !== undefined && step.from !== step.to) return `${dottedPath(step.from)} → ${dottedPath(step.to)}`;
  const at = step.to ?? step.from;
  return at === undefined ? undefined : dottedPath(at);
}

function usageError(io: CliStreams, message: string): number {
  io.stderr.write(`catalyst-values migrate: ${message}\n\nUsage:\n${migrateUsage}\n`);
  return exitCodes.usage;
}
