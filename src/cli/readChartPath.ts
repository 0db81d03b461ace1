import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createTarGzip } from 'nanotar';
import { chartArchiveLimits, megabytes } from '../core/chart-archive/chartArchiveLimits';
import { readChartArchiveFiles } from '../core/chart-archive/readChartArchiveFiles';
import { checkChartSchema } from '../core/chart-archive/checkChartSchema';
import { checkEntryPath, showPath } from '../core/chart-archive/checkEntryPath';
import type { HelmRenderRequest } from '../core/helm-engine/HelmRenderRequest';

interface ChartAtPath {
  chart: Uint8Array;
  chartSource: NonNullable<HelmRenderRequest['chartSource']>;
  /** The top chart's values.yaml text (`''` when it has none). */
  valuesText: string;
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
  // Schemas that would hang or overflow Helm's validator, or send it to the network, are refused first, as in the page.
  for (const file of read.files.filter((f) => f.path === 'values.schema.json' || /^charts\/[^/]+\/values\.schema\.json$/.test(f.path))) {
    let schema: unknown;
    try {
      schema = JSON.parse(new TextDecoder().decode(file.bytes));
    } catch {
      continue; // Helm says what is wrong with JSON that does not parse.
    }
    const safe = checkChartSchema(schema);
    if (!safe.ok) return { error: `${path}: ${file.path === 'values.schema.json' ? '' : `${file.path}: `}${safe.error}` };
  }
  const values = read.files.find((file) => file.path === 'values.yaml');
  return { chart, chartSource, valuesText: values ? new TextDecoder().decode(values.bytes) : '' };
}

/**
 * Every file below the folder, within the archive limits, each checked before it is read. Symbolic links are
 * not followed (Helm would follow them, so a link could pull any file of the machine into the chart):
 * one is refused, naming it; `helm package` makes an archive holding the files the links point at.
 */
async function folderEntries(root: string): Promise<{ name: string; data: Uint8Array }[] | { error: string }> {
  const limits = chartArchiveLimits;
  const found: { name: string; data: Uint8Array }[] = [];
  let entries = 0;
  let total = 0;
  async function walk(folder: string, prefix: string): Promise<string | null> {
    for (const name of (await readdir(folder)).sort()) {
      const relative = `${prefix}${name}`;
      const checked = checkEntryPath(`chart/${relative}`, limits);
      if (!checked.ok) return `${root}: ${checked.error.replace('"chart/', '"')}`;
      entries += 1;
      if (entries > limits.entries) return `${root}: the folder holds more than ${limits.entries.toLocaleString('en')} files and folders; the studio reads charts of up to ${limits.entries.toLocaleString('en')}`;
      const full = join(folder, name);
      const info = await lstat(full).catch(() => null);
      if (!info) continue;
      if (info.isSymbolicLink()) {
        return `${root}: ${showPath(relative)} is a symbolic link; the studio never follows links in a chart. Package the chart with \`helm package\`, which stores the files themselves, and pass the .tgz`;
      }
      if (info.isDirectory()) {
        const problem = await walk(full, `${relative}/`);
        if (problem) return problem;
      } else if (info.isFile()) {
        if (info.size > limits.fileBytes) return `${root}: the file ${showPath(relative)} is ${megabytes(info.size)}; the studio reads chart files up to ${megabytes(limits.fileBytes)} each, as Helm does by default`;
        total += info.size;
        if (total > limits.unpackedBytes) return `${root}: the folder holds more than ${megabytes(limits.unpackedBytes)}; the studio reads charts up to ${megabytes(limits.unpackedBytes)}`;
        found.push({ name: relative, data: new Uint8Array(await readFile(full)) });
      } else {
        return `${root}: ${showPath(relative)} is not a file or a folder (a device, pipe or socket); a chart holds only files and folders`;
      }
    }
    return null;
  }
  const problem = await walk(root, '');
  return problem ? { error: problem } : found;
}
