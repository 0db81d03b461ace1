import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readChartFiles } from '../core/chart-archive/readChartFiles';
import { prepareBroughtChart } from '../core/chart-archive/prepareBroughtChart';
import { exportGitOps } from '../core/gitops/exportGitOps';
import type { GitOpsEnvironment, ValuesFile } from '../core/gitops/GitOpsEnvironment';
import { gitOpsTargets, isGitOpsTarget, type GitOpsExportInput, type GitOpsFile } from '../core/gitops/GitOpsExport';
import { isJoinTokenSource, joinTokenSources } from '../core/install/joinTokenSource';
import { defaultChartVersion, loadChartSchema, nearestShippedVersion } from '../core/schema/chartCatalog';
import type { Chart } from '../core/chart/createChart';
import { compileChart } from '../core/chart/compileChart';
import { broughtChartRef } from '../core/chart/ChartRef';
import type { Values } from '../core/diagnostics/Diagnostic';
import { mergeValueFiles } from '../core/values/mergeValueFiles';
import { parseValues } from '../core/yaml/parseValues';
import { chartVersionOption } from './chartVersionOption';
import { exitCodes, type CliStreams } from './CliStreams';
import { formatDiagnostic } from './formatDiagnostic';
import { isChartPath } from './isChartPath';
import { readChartPath } from './readChartPath';
import { readOneValuesFile } from './readOneValuesFile';
import { shippedChart } from './shippedChart';
import { gitopsUsage } from './gitopsUsage';

export async function gitopsCommand(args: readonly string[], io: CliStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: false,
      options: {
        target: { type: 'string' },
        values: { type: 'string', short: 'f', multiple: true },
        env: { type: 'string', multiple: true },
        chart: { type: 'string', default: defaultChartVersion },
        'repo-url': { type: 'string' },
        path: { type: 'string' },
        revision: { type: 'string' },
        'values-from': { type: 'string' },
        'join-token': { type: 'string', default: 'install' },
        release: { type: 'string' },
        namespace: { type: 'string', short: 'n' },
        output: { type: 'string', short: 'o' },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const flags = parsed.values;
  const target = flags.target;
  if (target === undefined) return usageError(io, `--target is required: ${gitOpsTargets.join(', ')}`);
  if (!isGitOpsTarget(target)) return usageError(io, `--target must be one of ${gitOpsTargets.join(', ')}, not "${target}"`);
  const joinToken = flags['join-token'];
  if (!isJoinTokenSource(joinToken)) return usageError(io, `--join-token must be one of ${joinTokenSources.join(', ')}, not "${joinToken}"`);
  const fluxValues = flags['values-from'];
  if (fluxValues !== undefined && (target !== 'flux' || (fluxValues !== 'inline' && fluxValues !== 'configmap'))) {
    return usageError(io, target === 'flux' ? `--values-from must be inline or configmap, not "${fluxValues}"` : '--values-from applies to --target flux only');
  }
  const repository = repositoryOption(target, flags['repo-url'], flags.path, flags.revision);
  if ('usageProblem' in repository) return usageError(io, repository.usageProblem);
  const environmentOptions = (flags.env ?? []).map(environmentOption);
  const badEnvironment = environmentOptions.find((option) => 'usageProblem' in option);
  if (badEnvironment && 'usageProblem' in badEnvironment) return usageError(io, badEnvironment.usageProblem);
  const layered = flags.values ?? [];
  if (layered.length === 0 && environmentOptions.length === 0) return usageError(io, 'no values file given (-f BASE, --env NAME=FILE)');

  const chart = await chartOption(flags.chart);
  if ('usageProblem' in chart) return usageError(io, chart.usageProblem);

  const texts = new Map<string, ValuesFile & { values: Values }>();
  for (const path of [...layered, ...environmentOptions.flatMap((option) => ('file' in option && option.file ? [option.file] : []))]) {
    if (texts.has(path)) continue;
    const text = await readOneValuesFile(path, io);
    if (typeof text === 'number') return text;
    const values = parseValues(text);
    if (!values.ok) {
      for (const issue of values.issues) io.stderr.write(formatDiagnostic(path, issue) + '\n');
      return exitCodes.invalid;
    }
    texts.set(path, { path, text, values: values.values });
  }
  const named = environmentOptions.length > 0 ? environmentOptions.flatMap((option) => ('name' in option ? [option] : [])) : [{ name: 'default', file: undefined }];
  const environments: GitOpsEnvironment[] = named.map(({ name, file }) => {
    const files = [...layered, ...(file ? [file] : [])].map((path) => texts.get(path)!);
    return { name, files: files.map(({ path, text }) => ({ path, text })), values: mergeValueFiles(files.map((f) => f.values)) };
  });

  const input: GitOpsExportInput = {
    target,
    environments,
    chartVersion: chart.version,
    chart: chart.chart,
    joinToken,
    ...(flags.release ? { release: flags.release } : {}),
    ...(flags.namespace ? { namespace: flags.namespace } : {}),
    ...(repository.repository ? { repository: repository.repository } : {}),
    ...(fluxValues === 'inline' || fluxValues === 'configmap' ? { fluxValues } : {}),
  };
  const result = exportGitOps(input);
  if (!result.ok) {
    for (const problem of result.problems) {
      const where = [problem.environment, problem.pointer].filter((part) => part !== undefined && part !== '').join(': ');
      io.stderr.write(`${where ? `${where}: ` : ''}${problem.message}\n`);
    }
    io.stderr.write('catalyst-values gitops: nothing exported; fix the problems above first.\n');
    return exitCodes.invalid;
  }
  if (flags.output !== undefined) return writeFiles(flags.output, result.files, io);
  const manifests = result.files.filter((file) => file.role === 'manifests');
  io.stdout.write(manifests.length === 1 ? manifests[0]!.text : manifests.map((file) => `# File: ${file.path}\n${file.text}`).join('---\n'));
  const others = result.files.filter((file) => file.role !== 'manifests');
  if (others.length > 0) {
    io.stderr.write(`The manifests refer to ${others.length === 1 ? 'a file' : `${others.length} files`} they need beside them (${others.map((file) => file.path).join(', ')}): write them all with -o DIR.\n`);
  }
  return exitCodes.ok;
}

/** Argo CD reads values files from a repository only when it knows which; helmfile reads them beside itself; Flux not at all. */
function repositoryOption(target: string, url: string | undefined, path: string | undefined, revision: string | undefined): { repository?: GitOpsExportInput['repository'] } | { usageProblem: string } {
  if (target === 'flux' && (url !== undefined || path !== undefined)) return { usageProblem: '--repo-url and --path apply to Argo CD and helmfile, not to Flux (its values are in the HelmRelease or a ConfigMap)' };
  if (target === 'helmfile') {
    if (url !== undefined) return { usageProblem: 'helmfile reads the values files beside it: give --path DIR without --repo-url' };
    return path === undefined ? {} : { repository: { url: '', path } };
  }
  if ((url === undefined) !== (path === undefined)) return { usageProblem: '--repo-url and --path go together: the repository and the folder in it that holds the values files' };
  if (url === undefined || path === undefined) return revision === undefined ? {} : { usageProblem: '--revision needs --repo-url' };
  return { repository: { url, path, ...(revision ? { revision } : {}) } };
}

function environmentOption(text: string): { name: string; file: string | undefined } | { usageProblem: string } {
  const equals = text.indexOf('=');
  const name = equals === -1 ? text : text.slice(0, equals);
  const file = equals === -1 ? undefined : text.slice(equals + 1);
  if (name === '') return { usageProblem: `--env ${text}: give the environment a name (NAME=FILE)` };
  if (file === '') return { usageProblem: `--env ${text}: give the file after = (or leave out = for an environment of the -f files only)` };
  return { name, file };
}

/** A shipped version, judged by its shipped checks; or a chart on disk, whose version is installed and whose own schema judges. */
async function chartOption(chart: string): Promise<{ version: string; chart: Chart } | { usageProblem: string }> {
  if (!isChartPath(chart)) {
    const version = chartVersionOption(chart);
    if ('usageProblem' in version) return version;
    return { version: version.version, chart: await shippedChart(version.version) };
  }
  const read = await readChartPath(chart);
  if ('error' in read) return { usageProblem: read.error };
  const files = readChartFiles([{ name: 'chart.tgz', bytes: read.chart }]);
  if (!files.ok) return { usageProblem: `${chart}: ${files.error}` };
  const prepared = prepareBroughtChart(files.files, await loadChartSchema(nearestShippedVersion(files.files.version)));
  if (!prepared.ok) return { usageProblem: `${chart}: ${prepared.error}` };
  return { version: prepared.chart.version, chart: compileChart(broughtChartRef(prepared.chart.name, prepared.chart.version), prepared.chart.schema) };
}

async function writeFiles(folder: string, files: readonly GitOpsFile[], io: CliStreams): Promise<number> {
  try {
    for (const file of files) {
      const path = join(folder, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text);
      io.stderr.write(`wrote ${path}\n`);
    }
  } catch (error) {
    io.stderr.write(`catalyst-values gitops: ${folder}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return exitCodes.usage;
  }
  return exitCodes.ok;
}

function usageError(io: CliStreams, message: string): number {
  io.stderr.write(`catalyst-values gitops: ${message}\n\nUsage:\n${gitopsUsage}\n`);
  return exitCodes.usage;
}
