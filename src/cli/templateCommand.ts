import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startHelmEngineHost } from '../node/startHelmEngineHost';
import { exitCodes, type CliStreams } from './CliStreams';
import { engineSetArguments } from './engineSetArguments';
import { readChartPath } from './readChartPath';
import { valueFlagOptions, valueFlagsFrom, valueFlagUsage } from './valueFlagOptions';
import { templateUsage } from './templateUsage';


export async function templateCommand(args: readonly string[], io: CliStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        ...valueFlagOptions,
        chart: { type: 'string' },
        release: { type: 'string', default: 'release-name' },
        namespace: { type: 'string', short: 'n', default: 'default' },
        'kube-version': { type: 'string', default: '' },
        'api-versions': { type: 'string', short: 'a', multiple: true },
        'include-crds': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const options = parsed.values;
  if (options.chart === undefined) return usageError(io, '--chart PATH is required');
  const chart = await readChartPath(options.chart);
  if ('error' in chart) return usageError(io, chart.error);
  const set = engineSetArguments(valueFlagsFrom(options));
  if ('error' in set) return usageError(io, set.error);
  const names = options.values ?? [];
  const values: string[] = [];
  for (const name of names) {
    try {
      values.push(await readFile(name, 'utf8'));
    } catch (error) {
      return usageError(io, `${name}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
    }
  }

  const engine = startHelmEngineHost();
  try {
    const result = await engine.render({
      chart: chart.chart,
      chartSource: chart.chartSource,
      values,
      valueFileNames: names,
      set,
      release: options.release,
      namespace: options.namespace,
      kubeVersion: options['kube-version'],
      apiVersions: options['api-versions'] ?? [],
      includeCrds: options['include-crds'],
    });
    if (result.error) {
      // Helm adds this hint when the failure came after it had started rendering templates.
      const hint = result.error.phase === 'render' || result.error.phase === 'yaml' ? '\n\nUse --debug flag to render out invalid YAML' : '';
      io.stderr.write(`Error: ${result.error.message}${hint}\n`);
      return exitCodes.invalid;
    }
    io.stdout.write(result.output);
    return exitCodes.ok;
  } finally {
    engine.dispose();
  }
}

function usageError(io: CliStreams, message: string): number {
  io.stderr.write(`catalyst-values template: ${message}\n\nUsage:\n${templateUsage}\n`);
  return exitCodes.usage;
}
