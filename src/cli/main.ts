import { defaultChartVersion, isShippedChartVersion, loadChartSchema, shippedChartVersions } from '../core/schema/chartCatalog';
import { compileChartValidator } from '../core/validate/compileChartValidator';
import { checkValuesText } from '../core/validate/checkValuesText';
import { exitCodes, type CliStreams } from './CliStreams';
import { commandsCommand, commandsUsage } from './commandsCommand';
import { formatDiagnostic } from './formatDiagnostic';
import { openCommand, openUsage } from './openCommand';
import { readValuesFile } from './readValuesFile';
import { shareCommand, shareUsage } from './shareCommand';

export { exitCodes, type CliStreams };

const usage = `Usage:
  catalyst-values validate [--chart VERSION] [--format text|json] FILE...

Checks Catalyst Helm values files as Helm will read them (YAML 1.1, merged over the chart defaults,
with the chart's template rules). Exit 0 when no file has an error, 1 when one has, 2 on a usage error.
Chart versions: ${shippedChartVersions.join(', ')} (default ${defaultChartVersion}).

${commandsUsage}

${shareUsage}

${openUsage}
`;

export async function main(argv: readonly string[], io: CliStreams): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(usage);
    return command === undefined ? exitCodes.usage : exitCodes.ok;
  }
  if (command === 'validate') return validateCommand(rest, io);
  if (command === 'commands') return commandsCommand(rest, io);
  if (command === 'share') return shareCommand(rest, io);
  if (command === 'open') return openCommand(rest, io);
  io.stderr.write(`catalyst-values: unknown command "${command}"\n\n${usage}`);
  return exitCodes.usage;
}

interface ValidateOptions {
  chart: string;
  format: 'text' | 'json';
  files: string[];
}

function parseValidateArgs(args: readonly string[]): ValidateOptions | string {
  const options: ValidateOptions = { chart: defaultChartVersion, format: 'text', files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--chart' || flag === '--format') {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--chart') options.chart = value;
      else if (value === 'text' || value === 'json') options.format = value;
      else return `--format must be text or json, not "${value}"`;
    } else if (arg === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      options.files.push(arg);
    }
  }
  if (!isShippedChartVersion(options.chart)) return `unknown chart version ${options.chart} (known: ${shippedChartVersions.join(', ')})`;
  if (options.files.length === 0) return 'no values file given';
  return options;
}

async function validateCommand(args: readonly string[], io: CliStreams): Promise<number> {
  const options = parseValidateArgs(args);
  if (typeof options === 'string') {
    io.stderr.write(`catalyst-values validate: ${options}\n\n${usage}`);
    return exitCodes.usage;
  }
  const validator = compileChartValidator(await loadChartSchema(options.chart));
  let exit: number = exitCodes.ok;
  for (const file of options.files) {
    const text = await readValuesFile(file);
    if (typeof text !== 'string' && 'error' in text) {
      io.stderr.write(`${file}: ${text.error}\n`);
      exit = exitCodes.usage;
      continue;
    }
    const { diagnostics } = typeof text === 'string' ? checkValuesText(text, validator) : { diagnostics: [text.invalid] };
    const valid = !diagnostics.some((d) => d.severity === 'error');
    if (!valid && exit === exitCodes.ok) exit = exitCodes.invalid;
    if (options.format === 'json') {
      io.stdout.write(JSON.stringify({ file, valid, diagnostics }) + '\n');
    } else {
      for (const d of diagnostics) io.stdout.write(formatDiagnostic(file, d) + '\n');
    }
  }
  return exit;
}
