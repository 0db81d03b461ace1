import { parseArgs } from 'node:util';
import type { CuratedOverlay } from '../core/chart-ingest/CuratedOverlay';
import { formatOverlayReport } from '../core/chart-ingest/formatOverlayReport';
import { formatSchemaFile, studioChartSchemaOfArchive } from '../core/chart-ingest/studioChartSchema';
import { defaultChartVersion, loadChartSchema } from '../core/schema/chartCatalog';
import { editorSchemaOf } from '../core/schema/editorSchema';
import type { JsonSchema } from '../core/schema/JsonSchema';
import { chartVersionOption } from './chartVersionOption';
import { exitCodes, type CliStreams } from './CliStreams';
import { isChartPath } from './isChartPath';
import { readChartPath } from './readChartPath';
import { schemaUsage } from './schemaUsage';


export async function schemaCommand(args: readonly string[], io: CliStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: false,
      options: {
        chart: { type: 'string', default: defaultChartVersion },
        'overlay-report': { type: 'boolean', default: false },
        editor: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { chart, 'overlay-report': wantsReport, editor } = parsed.values;

  let schema: JsonSchema;
  if (isChartPath(chart)) {
    const read = await readChartPath(chart);
    if ('error' in read) {
      io.stderr.write(`catalyst-values schema: ${read.error}\n`);
      return exitCodes.usage;
    }
    const made = studioChartSchemaOfArchive(read.chart, await loadCuratedOverlay());
    if (!made.ok) {
      io.stderr.write(`catalyst-values schema: ${chart}: ${made.error}\n`);
      return exitCodes.usage;
    }
    schema = made.chart.schema;
    if (wantsReport) io.stderr.write(`${made.chart.name} ${made.chart.version}\n${formatOverlayReport(made.chart.report)}`);
  } else {
    const named = chartVersionOption(chart);
    if ('usageProblem' in named) return usageError(io, named.usageProblem);
    if (wantsReport) return usageError(io, `--overlay-report reads the chart itself: pass its archive or folder (--chart path/to/catalyst-${named.version}.tgz)`);
    schema = await loadChartSchema(named.version);
  }
  io.stdout.write(formatSchemaFile(editor ? editorSchemaOf(schema) : schema));
  return exitCodes.ok;
}

/** The curated overlay is large and only a chart at a path needs it. */
async function loadCuratedOverlay(): Promise<CuratedOverlay> {
  const module = await import('../../schemas/catalyst/overlay.json');
  return module.default as CuratedOverlay;
}

function usageError(io: CliStreams, message: string): number {
  io.stderr.write(`catalyst-values schema: ${message}\n\nUsage:\n${schemaUsage}\n`);
  return exitCodes.usage;
}
