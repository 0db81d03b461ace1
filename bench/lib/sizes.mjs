import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Monaco's own code: the two names only its editor core carries, in a chunk far bigger than a setup module. */
function looksLikeMonaco(text) {
  return text.length > 200_000 && text.includes('MonacoEnvironment') && text.includes('monaco-editor');
}

async function filesUnder(folder) {
  const out = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

/**
 * JS sizes of one Vite build: the entry (the module script index.html loads), the chunks index.html
 * preloads with it, and every other chunk (loaded later, on demand: the lazy ones). Gzip level 9, as a
 * server would serve them.
 */
export async function measureBuild(distFolder) {
  const html = await readFile(join(distFolder, 'index.html'), 'utf8');
  const entrySrc = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entrySrc) throw new Error(`${distFolder}/index.html loads no module script`);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const toFile = (href) => join(distFolder, href.replace(/^\.?\//, ''));
  const entryFile = toFile(entrySrc);
  const preloadFiles = new Set(preloads.map(toFile));

  const chunks = [];
  for (const file of await filesUnder(distFolder)) {
    if (!/\.m?js$/.test(file)) continue;
    const buffer = await readFile(file);
    const text = buffer.toString('utf8');
    chunks.push({
      file: relative(distFolder, file),
      role: file === entryFile ? 'entry' : preloadFiles.has(file) ? 'preload' : 'lazy',
      bytes: (await stat(file)).size,
      gzipBytes: gzipSync(buffer, { level: 9 }).length,
      monaco: looksLikeMonaco(text),
      // The schema's title names its chart version: tells which chart a page really loaded.
      chartVersions: [...new Set([...text.matchAll(/Diagrid Catalyst chart (\d+\.\d+\.\d+) values/g)].map((m) => m[1]))],
    });
  }
  chunks.sort((a, b) => ['entry', 'preload', 'lazy'].indexOf(a.role) - ['entry', 'preload', 'lazy'].indexOf(b.role) || b.gzipBytes - a.gzipBytes);
  const sum = (list) => list.reduce((total, chunk) => total + chunk.gzipBytes, 0);
  const entry = chunks.find((chunk) => chunk.role === 'entry');
  const initial = chunks.filter((chunk) => chunk.role !== 'lazy');
  return {
    entryGzipBytes: entry?.gzipBytes ?? 0,
    initialGzipBytes: sum(initial),
    totalGzipBytes: sum(chunks),
    monacoInInitial: initial.some((chunk) => chunk.monaco),
    monacoChunks: chunks.filter((chunk) => chunk.monaco).map((chunk) => chunk.file),
    chunks,
  };
}
