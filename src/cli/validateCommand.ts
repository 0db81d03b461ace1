import { parseArgs } from 'node:util';
import { defaultChartVersion, shippedChartVersions } from '../core/schema/chartCatalog';
import { checkHelmValues, type PlacedDiagnostic, type ValuesFileInput } from '../core/validate/checkHelmValues';
import { exitCodes, type CliStreams } from './CliStreams';
import { shippedChart } from './shippedChart';
import { chartVersionOption } from './chartVersionOption';
import { cliVersion } from './cliVersion';
import { colorOption, type Paint } from './colorOption';
import { expandDirectories } from './expandDirectories';
import type { CheckReport } from './output/CheckReport';
import { formatGithub } from './output/formatGithub';
import { formatJunit } from './output/formatJunit';
import { formatSarif } from './output/formatSarif';
import { isChartPath } from './isChartPath';
import { KUBERNETES_VERSIONS, type KubernetesVersion } from '../core/kubernetes/kubernetesVersions';
import { readValuesFile } from './readValuesFile';
import { readFlagFile, valueFlagOptions, valueFlagsFrom, valueFlagUsage } from './valueFlagOptions';
import { validateUsage } from './validateUsage';


const formats = ['text', 'json', 'sarif', 'junit', 'github'] as const;
type Format = (typeof formats)[number];
const isFormat = (text: string): text is Format => (formats as readonly string[]).includes(text);

export async function validateCommand(args: readonly string[], io: CliStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        ...valueFlagOptions,
        chart: { type: 'string', default: defaultChartVersion },
        output: { type: 'string', short: 'o' },
        format: { type: 'string' },
        strict: { type: 'boolean', default: false },
        color: { type: 'string' },
        'kube-version': { type: 'string' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values: options, positionals } = parsed;
  const format = options.output ?? options.format ?? 'text';
  if (!isFormat(format)) return usageError(io, `--output must be one of ${formats.join(', ')}, not "${format}"`);
  const paint = colorOption(options.color, io);
  if (typeof paint !== 'function') return usageError(io, paint.usageProblem);
  const flags = valueFlagsFrom(options);
  const layered = options.values ?? [];
  if (positionals.length === 0 && layered.length === 0 && flags.length === 0) return usageError(io, 'no values file given');
  const { files: positionalFiles, empty } = await expandDirectories(positionals);
  for (const dir of empty) io.stderr.write(`${dir}: no *.yaml or *.yml file in this folder\n`);
  const checks = positionals.length === 0 ? [layered] : positionalFiles.map((file) => [...layered, file]);
  const reports: CheckReport[] = [];
  const finish = (exit: number): number => {
    if (format === 'sarif') io.stdout.write(formatSarif(reports, cliVersion));
    if (format === 'junit') io.stdout.write(formatJunit(reports));
    // An error in the values outranks a file that could not be read: CI must see the values are wrong.
    if (reports.some((report) => !report.valid)) return exitCodes.invalid;
    return empty.length > 0 && exit === exitCodes.ok ? exitCodes.usage : exit;
  };
  const report = (file: string, diagnostics: readonly PlacedDiagnostic[]): void => {
    const failing = options.strict ? diagnostics : diagnostics.filter((d) => d.severity === 'error');
    const checked = { file, valid: failing.length === 0, diagnostics };
    reports.push(checked);
    writeStreaming(io, format, checked, paint);
  };

  let kubernetesVersion: KubernetesVersion | undefined;
  if (options['kube-version'] !== undefined) {
    const wanted = /^v?(\d+\.\d+)(?:\.\d+)?$/.exec(options['kube-version'].trim())?.[1];
    kubernetesVersion = KUBERNETES_VERSIONS.find((version) => version === wanted);
    if (!kubernetesVersion) return usageError(io, `--kube-version must be one of ${KUBERNETES_VERSIONS.join(', ')}, not "${options['kube-version']}"`);
    if (!isChartPath(options.chart)) return usageError(io, '--kube-version needs --chart PATH: the objects are checked as Helm renders them from the chart');
  }
  if (isChartPath(options.chart)) {
    // Helm's engine, the archive reader and the Kubernetes models load only for a chart on disk.
    const { validateWithEngine } = await import('./validateWithEngine');
    return finish(await validateWithEngine({ chartPath: options.chart, checks, flags, kubernetesVersion, write: (file, _valid, diagnostics) => report(file, diagnostics) }, io));
  }
  const version = chartVersionOption(options.chart);
  if ('usageProblem' in version) return usageError(io, version.usageProblem);

  const chart = await shippedChart(version.version);
  let unreadable = false;
  const texts = new Map<string, ValuesFileInput | PlacedDiagnostic>();
  /** Each file is read once, however many checks it is part of. */
  async function read(name: string): Promise<ValuesFileInput | PlacedDiagnostic | undefined> {
    const known = texts.get(name);
    if (known) return known;
    const text = await readValuesFile(name);
    if (typeof text !== 'string' && 'error' in text) {
      io.stderr.write(`${name}: ${text.error}\n`);
      unreadable = true;
      return undefined;
    }
    const input = typeof text === 'string' ? { name, text } : { ...text.invalid, origin: name };
    texts.set(name, input);
    return input;
  }

  for (const names of checks) {
    const inputs = await Promise.all(names.map(read));
    if (inputs.some((input) => input === undefined)) continue;
    const notText = inputs.filter((input): input is PlacedDiagnostic => input !== undefined && 'origin' in input);
    const { diagnostics } =
      notText.length > 0
        ? { diagnostics: notText }
        : checkHelmValues(inputs as ValuesFileInput[], flags, chart, { readFile: readFlagFile, parse: { maxLength: Infinity } });
    report(names[names.length - 1] ?? `--${flags[0]?.kind ?? 'set'}`, diagnostics);
  }
  return finish(unreadable ? exitCodes.usage : exitCodes.ok);
}

/** The formats printed check by check, so a long run shows progress; SARIF and JUnit are one document. */
function writeStreaming(io: CliStreams, format: Format, report: CheckReport, paint: Paint): void {
  if (format === 'json') {
    const shown = report.diagnostics.map(({ origin, ...d }) => (origin === report.file ? d : { ...d, file: origin }));
    io.stdout.write(JSON.stringify({ file: report.file, valid: report.valid, diagnostics: shown }) + '\n');
  } else if (format === 'github') {
    io.stdout.write(formatGithub(report));
  } else if (format === 'text') {
    for (const d of report.diagnostics) {
      const message = d.message.replace(/\s*\n\s*/g, ' ');
      io.stdout.write(`${paint('dim', `${d.origin}:${d.line}:${d.column}`)} ${paint(d.severity, d.severity)} ${d.pointer === '' ? '-' : d.pointer} ${message}\n`);
    }
  }
}

function usageError(io: CliStreams, message: string): number {
  io.stderr.write(`catalyst-values validate: ${message}\n\nUsage:\n${validateUsage}\n`);
  return exitCodes.usage;
}
