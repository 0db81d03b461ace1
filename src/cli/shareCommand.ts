import { parseArgs } from 'node:util';
import { defaultChartVersion, loadChartSchema } from '../core/schema/chartCatalog';
import { isSecretPointer } from '../core/secrets/isSecretPointer';
import { encodeShare } from '../core/share/encodeShare';
import { shareUrl } from '../core/share/shareUrl';
import { parseValues } from '../core/yaml/parseValues';
import { dottedPath } from '../core/pointer/jsonPointer';
import { chartAndFile } from './chartAndFile';
import { exitCodes, type CliStreams } from './CliStreams';
import { formatDiagnostic } from './formatDiagnostic';
import { parseChartRef, shippedChartRef } from '../core/chart/ChartRef';
import { readOneValuesFile } from './readOneValuesFile';
import { shareUsage, defaultBaseUrl } from './shareUsage';



export async function shareCommand(args: readonly string[], io: CliStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        chart: { type: 'string', default: defaultChartVersion },
        'base-url': { type: 'string' },
        'include-secrets': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values: flags, positionals } = parsed;
  const named = chartAndFile(flags.chart, positionals);
  if ('usageProblem' in named) return usageError(io, named.usageProblem);
  const fromEnvironment = io.env?.CATALYST_STUDIO_URL || undefined;
  const baseUrl = flags['base-url'] ?? fromEnvironment ?? defaultBaseUrl;
  const baseUrlName = flags['base-url'] !== undefined ? '--base-url' : fromEnvironment !== undefined ? 'CATALYST_STUDIO_URL' : undefined;
  if (!/^https?:\/\/[^\s#]+$/.test(baseUrl) || !URL.canParse(baseUrl)) {
    return usageError(io, `${baseUrlName ?? '--base-url'} must be an http(s) URL without a #hash, not "${baseUrl}"`);
  }

  const { file, chart } = named;
  const text = await readOneValuesFile(file, io);
  if (typeof text === 'number') return text;
  const values = parseValues(text);
  if (!values.ok) {
    for (const d of values.issues) io.stderr.write(formatDiagnostic(file, d) + '\n');
    io.stderr.write(`catalyst-values share: ${file} is not readable YAML; nothing to share.\n`);
    return exitCodes.invalid;
  }
  const schema = await loadChartSchema(chart);
  const shared = encodeShare({ chartRef: parseChartRef(chart) ?? shippedChartRef(chart), text }, { includeSecrets: flags['include-secrets'], isSecret: isSecretPointer(schema) });
  // The text parsed above, so its secrets were found.
  if (!shared.ok) return exitCodes.invalid;
  const { payload, omitted } = shared;
  io.stdout.write(shareUrl(baseUrl, payload) + '\n');
  if (baseUrlName === undefined) {
    io.stderr.write(`The link opens the local development studio (${defaultBaseUrl}); pass --base-url or set CATALYST_STUDIO_URL to your hosted studio's address.\n`);
  }
  if (omitted.length > 0) {
    io.stderr.write(`Left out ${omitted.length === 1 ? 'a secret' : `${omitted.length} secrets`}: ${omitted.map((p) => dottedPath(p)).join(', ')}.\n`);
    io.stderr.write('Pass --include-secrets to put them in the link (anyone who sees the link can read them).\n');
  } else if (flags['include-secrets']) {
    io.stderr.write('Warning: secrets are included: anyone who sees the link can read them.\n');
  }
  return exitCodes.ok;
}

function usageError(io: CliStreams, message: string): number {
  io.stderr.write(`catalyst-values share: ${message}\n\nUsage:\n${shareUsage}\n`);
  return exitCodes.usage;
}
