import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(?:ts|tsx|mjs|js)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `import … from 'x'`, `import('x/…')`, `from "x"`: the module names the code actually asks for. */
function importedPackages(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"./][^'"]*)['"]/g)) {
    const specifier = match[1] as string;
    const parts = specifier.split('/');
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
  }
  return names;
}

test('every runtime dependency is imported by the studio, the CLI or the build: nothing ships that nothing uses', () => {
  const dependencies = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  const imported = new Set<string>();
  for (const file of [...sources('src'), ...sources('bin'), ...sources('build'), 'vite.config.ts']) {
    for (const name of importedPackages(readFileSync(join(root, file), 'utf8'))) imported.add(name);
  }
  expect(dependencies.filter((name) => !imported.has(name))).toEqual([]);
});
