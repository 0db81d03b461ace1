import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createTarGzip } from 'nanotar';
import { chartArchiveLimits, megabytes } from '../core/chart-archive/chartArchiveLimits';
import { readChartArchiveFiles } from '../core/chart-archive/readChartArchiveFiles';
import type { HelmRenderRequest } from '../core/helm-engine/HelmRenderRequest';

export interface ChartAtPath {
  chart: Uint8Array;
  chartSource: NonNullable<HelmRenderRequest['chartSource']>;
  /** The top chart's values.yaml text (`''` when it has none). */
  valuesText: string;
}

/** `--chart PATH` names a chart on disk (rather than a shipped chart version) when it holds a path separator or a .tgz. */
export function isChartPath(chart: string): boolean {
  return /[\\/]/.test(chart) || /\.tgz$/i.test(chart) || chart === '.' || chart === '..';
}

/**
 * A chart as `helm template PATH` takes it: an archive (`helm pull` output, dependency charts inside), or a
 * chart folder, sent to the engine whole so that its .helmignore applies as in Helm. Either is read within
 * the same limits as a chart brought to the page, so a hostile archive is refused before Helm sees it.
 */
export async function readChartPath(path: string): Promise<ChartAtPath | { error: string }> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return { error: `${path}: no such chart archive or folder` };
  }
  let chart: Uint8Array;
  const chartSource = info.isDirectory() ? 'folder' : 'archive';
  if (info.isDirectory()) {
    const entries = await folderEntries(path);
    if ('error' in entries) return entries;
    chart = await createTarGzip(entries.map((entry) => ({ name: `${basename(path) || 'chart'}/${entry.name}`, data: entry.data })));
  } else {
    if (info.size > chartArchiveLimits.archiveBytes) return { error: `${path} is ${megabytes(info.size)}; chart archives up to ${megabytes(chartArchiveLimits.archiveBytes)} are read` };
    chart = new Uint8Array(await readFile(path));
  }
  const read = readChartArchiveFiles(chart);
  if (!read.ok) return { error: `${path}: ${read.error}` };
  const values = read.files.find((file) => file.path === 'values.yaml');
  return { chart, chartSource, valuesText: values ? new TextDecoder().decode(values.bytes) : '' };
}

/** Every file below the folder (symbolic links followed, as Helm follows them), within the archive limits. */
async function folderEntries(root: string): Promise<{ name: string; data: Uint8Array }[] | { error: string }> {
  const found: { name: string; data: Uint8Array }[] = [];
  let total = 0;
  async function walk(folder: string, prefix: string, depth: number): Promise<string | null> {
    if (depth > chartArchiveLimits.folderDepth) return `${root}: folders nest deeper than ${chartArchiveLimits.folderDepth} levels`;
    for (const name of (await readdir(folder)).sort()) {
      const full = join(folder, name);
      const info = await stat(full).catch(() => null);
      if (!info) continue;
      if (info.isDirectory()) {
        const problem = await walk(full, `${prefix}${name}/`, depth + 1);
        if (problem) return problem;
      } else if (info.isFile()) {
        total += info.size;
        if (found.length >= chartArchiveLimits.entries || total > chartArchiveLimits.unpackedBytes) {
          return `${root}: the folder holds more than ${chartArchiveLimits.entries} files or ${megabytes(chartArchiveLimits.unpackedBytes)}; a chart folder that large is not read`;
        }
        found.push({ name: `${prefix}${name}`, data: new Uint8Array(await readFile(full)) });
      }
    }
    return null;
  }
  const problem = await walk(root, '', 0);
  return problem ? { error: problem } : found;
}
