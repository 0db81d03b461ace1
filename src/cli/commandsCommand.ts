import { parseArgs } from 'node:util';
import { buildCommands } from '../core/commands/buildCommands';
import { TRACING_PRESETS, type TracingInput } from '../core/commands/tracingConfiguration';
import { buildImportReport } from '../core/import/buildImportReport';
import { defaultChartVersion } from '../core/schema/chartCatalog';
import { parseValues } from '../core/yaml/parseValues';
import { chartAndFile } from './chartAndFile';
import { exitCodes, type CliStreams } from './CliStreams';
import { shippedChart } from './shippedChart';
import { formatCommandGroups } from './formatCommandGroups';
import { formatDiagnostic } from './formatDiagnostic';
import { readOneValuesFile } from './readOneValuesFile';
import { commandsUsage } from './commandsUsage';


const tracingChoices: Record<string, TracingInput> = { jaeger: TRACING_PRESETS.jaeger, otlp: TRACING_PRESETS.otlpCollector };

export async function commandsCommand(args: readonly string[], io: CliStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        chart: { type: 'string', default: defaultChartVersion },
        release: { type: 'string' },
        namespace: { type: 'string', short: 'n' },
        region: { type: 'string' },
        ingress: { type: 'string' },
        tracing: { type: 'string' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values: flags, positionals } = parsed;
  const named = chartAndFile(flags.chart, positionals);
  if ('usageProblem' in named) return usageError(io, named.usageProblem);
  const tracing = flags.tracing === undefined ? undefined : tracingChoices[flags.tracing];
  if (flags.tracing !== undefined && !tracing) return usageError(io, `--tracing must be jaeger or otlp, not "${flags.tracing}"`);

  const { file, chart: chartVersion } = named;
  const text = await readOneValuesFile(file, io);
  if (typeof text === 'number') return text;
  const chart = await shippedChart(chartVersion);
  const report = buildImportReport(text, chart);
  const errors = [...report.yamlErrors, ...report.schemaErrors];
  const values = parseValues(text);
  if (errors.length > 0 || !values.ok) {
    for (const d of errors) io.stderr.write(formatDiagnostic(file, d) + '\n');
    io.stderr.write(`catalyst-values commands: Helm would reject ${file}; fix the errors above first.\n`);
    return exitCodes.invalid;
  }

  const groups = buildCommands({
    chartVersion,
    userValues: values.values,
    values: chart.coalesce(values.values),
    options: {
      valuesFiles: [file === '-' ? 'catalyst-values.yaml' : file],
      ...(flags.release ? { release: flags.release } : {}),
      ...(flags.namespace ? { namespace: flags.namespace } : {}),
      ...(flags.region ? { regionName: flags.region } : {}),
      ...(flags.ingress ? { ingressUrl: flags.ingress } : {}),
    },
    ...(tracing ? { tracing } : {}),
  });
  io.stdout.write(formatCommandGroups(groups));
  return exitCodes.ok;
}

function usageError(io: CliStreams, message: string): number {
  io.stderr.write(`catalyst-values commands: ${message}\n\nUsage:\n${commandsUsage}\n`);
  return exitCodes.usage;
}
