import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Arguments as kubeconform takes them: a folder stands for every `*.yaml` and `*.yml` file under it (in
 * sub-folders too, sorted); files and `-` (standard input) stay as they are. A folder with no values file
 * is reported, so a wrong path in CI does not pass silently.
 */
export async function expandDirectories(args: readonly string[]): Promise<{ files: string[]; empty: string[] }> {
  const files: string[] = [];
  const empty: string[] = [];
  for (const arg of args) {
    const info = arg === '-' ? undefined : await stat(arg).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const found = await valuesFilesUnder(arg);
    if (found.length === 0) empty.push(arg);
    files.push(...found);
  }
  return { files, empty };
}

async function valuesFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...(await valuesFilesUnder(path)));
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) found.push(path);
  }
  return found;
}
