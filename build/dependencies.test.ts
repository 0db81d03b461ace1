import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Source files under `dir`; tests too when `withTests`, since test tooling is a dependency like any other. */
function sources(dir: string, withTests = false): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'results' || name.startsWith('dist')) return [];
    if (statSync(join(root, path)).isDirectory()) return sources(path, withTests);
    return /\.(?:ts|tsx|mjs|js)$/.test(name) && (withTests || !/\.test\.tsx?$/.test(name)) ? [path] : [];
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

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts: Record<string, string>;
}

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

test('the published package has no runtime dependency: its command line is one bundled file', () => {
  expect(Object.keys(packageJson.dependencies ?? {})).toEqual([]);
});

test('every dependency is used: imported by the studio, the CLI, the build, the tests or the benchmark, or run by a script', () => {
  const imported = new Set<string>();
  const codeFolders = ['src', 'bin', 'build', 'e2e', 'bench', 'scripts'];
  const configs = readdirSync(root).filter((name) => /\.config\.ts$/.test(name));
  for (const file of [...codeFolders.flatMap((dir) => sources(dir, true)), ...configs]) {
    for (const name of importedPackages(readFileSync(join(root, file), 'utf8'))) imported.add(name);
  }
  const scripts = Object.values(packageJson.scripts).join(' ');
  /** Tools the scripts run by their command's name, and the type packages of what is imported. */
  const used = (name: string): boolean =>
    imported.has(name) ||
    (name === 'typescript' ? /\btsc\b/.test(scripts) : new RegExp(`\\b${name}\\b`).test(scripts)) ||
    (name.startsWith('@types/') && (name === '@types/node' || imported.has(name.slice('@types/'.length))));
  expect(Object.keys(packageJson.devDependencies ?? {}).filter((name) => !used(name))).toEqual([]);
});
