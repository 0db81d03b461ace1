import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * An export nothing imports is dead weight a reader must still understand: every value and type `src/`
 * exports is imported by another file of the project (a test that needs it counts: fixtures and helpers
 * exist for tests). Modules the build puts in another's place (a Vite alias) are entry points of their own.
 * Prints each export nothing imports and exits 1 when there is one.
 */
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const standIns = new Set(['src/cli/shippedChart.bundled.ts']);
const scanned = ['src', 'e2e', 'bench', 'scripts', 'build', 'bin'];
const extensions = ['.ts', '.tsx', '.mjs', '.js'];

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return listFiles(path);
    return extensions.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

/** Comments are dropped first, so an example in prose is neither an import nor an export. */
function code(path) {
  return readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function resolveLocal(fromFile, specifier) {
  const bare = specifier.replace(/\?.*$/, '');
  let base;
  if (bare.startsWith('@/')) base = join(projectRoot, 'src', bare.slice(2));
  else if (bare.startsWith('.')) base = resolve(dirname(fromFile), bare);
  else return undefined;
  const candidates = [base, ...['.ts', '.tsx'].map((ext) => base + ext), ...['.ts', '.tsx'].map((ext) => join(base, `index${ext}`))];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  return found ? relative(projectRoot, found) : undefined;
}

/** Module → the names other files import from it; modules imported whole (`* as`, `import()`) → '*'. */
function importedNames() {
  const imported = new Map();
  const note = (module, name) => imported.set(module, (imported.get(module) ?? new Set()).add(name));
  const files = [...scanned.flatMap((dir) => listFiles(join(projectRoot, dir))), ...readdirSync(projectRoot).filter((name) => /\.(ts|mjs)$/.test(name)).map((name) => join(projectRoot, name))];
  for (const file of files) {
    const text = code(file);
    for (const match of text.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
      const module = resolveLocal(file, match[2] ?? '');
      if (!module) continue;
      for (const part of (match[1] ?? '').split(',')) {
        const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]?.trim();
        if (name) note(module, name);
      }
    }
    for (const match of text.matchAll(/\bimport\s+\*\s+as\s+\w+\s+from\s*['"]([^'"]+)['"]|\bexport\s+\*\s+from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const module = resolveLocal(file, match[1] ?? match[2] ?? match[3] ?? '');
      if (module) note(module, '*');
    }
  }
  return imported;
}

function exportedNames(text) {
  const declared = [...text.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|const|let|class|type|interface|enum)\s+([\w$]+)/gm)].map((m) => m[1] ?? '');
  const listed = [...text.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}\s*;?$/gm)].flatMap((m) => (m[1] ?? '').split(',').map((part) => part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()?.trim() ?? ''));
  return [...declared, ...listed].filter(Boolean);
}

const imported = importedNames();
const unused = [];
for (const file of listFiles(join(projectRoot, 'src'))) {
  const module = relative(projectRoot, file);
  if (/\.test\.tsx?$/.test(module) || standIns.has(module)) continue;
  const names = imported.get(module);
  if (names?.has('*')) continue;
  for (const name of exportedNames(code(file))) if (!names?.has(name)) unused.push(`${module}: ${name}`);
}
if (unused.length > 0) {
  console.log(`Exports nothing imports (drop the export, or the code if nothing uses it):\n${unused.map((line) => `  ${line}`).join('\n')}`);
  process.exitCode = 1;
}
