import { parseArgs } from 'node:util';
import { defaultChartVersion, isShippedChartVersion, loadChartSchema, shippedChartVersions } from '../core/schema/chartCatalog';
import { checkHelmValues, type PlacedDiagnostic, type ValuesFileInput } from '../core/validate/checkHelmValues';
import { compileChartValidator } from '../core/validate/compileChartValidator';
import { exitCodes, type CliStreams } from './CliStreams';
import { formatDiagnostic } from './formatDiagnostic';
import { isChartPath } from './readChartPath';
import { validateWithEngine } from './validateWithEngine';
import { readValuesFile } from './readValuesFile';
import { readFlagFile, valueFlagOptions, valueFlagsFrom, valueFlagUsage } from './valueFlagOptions';

export const validateUsage = `  catalyst-values validate [--chart VERSION] [-f FILE]... [--set K=V]... [--strict]
                           [-o text|json] [FILE|-]...
      Checks values as \`helm install\` reads them (YAML 1.1, merged over the chart defaults, with the
      chart's template rules). Each FILE is checked on its own; -f files are merged in order into one
      release (and layered under each FILE when both are given); --set flags apply to every check.
${valueFlagUsage}
      --chart VERSION        chart version: ${shippedChartVersions.join(', ')} (default ${defaultChartVersion})
      --chart PATH           a chart archive (.tgz) or folder: Helm's own engine renders it with the values
                             and its verdict is the answer (errors with source "helm")
  -o, --output FORMAT        text (FILE:LINE:COL severity pointer message) or json (one object per check)
      --format FORMAT        the same as --output
      Exit 0 when no check has an error (warnings allowed), 1 when one has, 2 on a usage error or when a
      file cannot be read and no other file has an error.`;

type Format = 'text' | 'json';

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
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values: options, positionals } = parsed;
  if (isChartPath(options.chart)) return validateChartPath(options, positionals, io);
  if (!isShippedChartVersion(options.chart)) return usageError(io, `unknown chart version ${options.chart} (known: ${shippedChartVersions.join(', ')})`);
  const format = options.output ?? options.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(io, `--output must be text or json, not "${format}"`);
  const flags = valueFlagsFrom(options);
  const layered = options.values ?? [];
  if (positionals.length === 0 && layered.length === 0 && flags.length === 0) return usageError(io, 'no values file given');

  const validator = compileChartValidator(await loadChartSchema(options.chart));
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

  const checks = positionals.length === 0 ? [layered] : positionals.map((file) => [...layered, file]);
  let anyError = false;
  for (const names of checks) {
    const inputs = await Promise.all(names.map(read));
    if (inputs.some((input) => input === undefined)) continue;
    const notText = inputs.filter((input): input is PlacedDiagnostic => input !== undefined && 'origin' in input);
    const { diagnostics } =
      notText.length > 0
        ? { diagnostics: notText }
        : checkHelmValues(inputs as ValuesFileInput[], flags, validator, { readFile: readFlagFile, parse: { maxLength: Infinity } });
    const valid = !diagnostics.some((d) => d.severity === 'error');
    if (!valid) anyError = true;
    const file = names[names.length - 1] ?? `--${flags[0]?.kind ?? 'set'}`;
    write(io, format, file, valid, diagnostics);
  }
  // An error in the values outranks a file that could not be read: CI must see the values are wrong.
  return anyError ? exitCodes.invalid : unreadable ? exitCodes.usage : exitCodes.ok;
}

function write(io: CliStreams, format: Format, file: string, valid: boolean, diagnostics: readonly PlacedDiagnostic[]): void {
  if (format === 'json') {
    const shown = diagnostics.map(({ origin, ...d }) => (origin === file ? d : { ...d, file: origin }));
    io.stdout.write(JSON.stringify({ file, valid, diagnostics: shown }) + '\n');
    return;
  }
  for (const d of diagnostics) io.stdout.write(formatDiagnostic(d.origin, d) + '\n');
}

function validateChartPath(options: { chart: string; output?: string; format?: string; values?: string[] } & Parameters<typeof valueFlagsFrom>[0], positionals: string[], io: CliStreams): Promise<number> | number {
  const format = options.output ?? options.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(io, `--output must be text or json, not "${format}"`);
  const flags = valueFlagsFrom(options);
  const layered = options.values ?? [];
  if (positionals.length === 0 && layered.length === 0 && flags.length === 0) return usageError(io, 'no values file given');
  const checks = positionals.length === 0 ? [layered] : positionals.map((file) => [...layered, file]);
  return validateWithEngine({ chartPath: options.chart, checks, flags, write: (file, valid, diagnostics) => write(io, format, file, valid, diagnostics) }, io);
}

function usageError(io: CliStreams, message: string): number {
  io.stderr.write(`catalyst-values validate: ${message}\n\nUsage:\n${validateUsage}\n`);
  return exitCodes.usage;
}
