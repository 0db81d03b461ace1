import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

/**
 * What the page loads before its first paint is what `src/main.tsx` reaches through static imports (a
 * dynamic `import()` is a chunk of its own, loaded when wanted; a type-only import is erased). Code only a
 * later action needs must stay behind an `import()`, or it lands in the entry script and every visit pays for it.
 */
const projectRoot = resolve(__dirname, '..');
const sourceRoot = join(projectRoot, 'src');

/** Static imports and re-exports that carry code: `import type` and `import { type A, type B }` do not. */
const staticImport = /(?:^|[\s;}])(?:import|export)\s+(type\s+)?(?:([\w*{}\s,$]+?)\s+from\s+)?['"]([^'"]+)['"]/g;

function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return [...code.matchAll(staticImport)].flatMap(([, typeOnly, names, specifier]) => {
    const onlyTypes = names !== undefined && /^\{[^}]*\}$/.test(names.trim()) && names.replace(/[{}]/g, '').split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '));
    return typeOnly || onlyTypes ? [] : [specifier!];
  });
}

function resolveLocal(fromFile: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  const base = bare.startsWith('@/') ? join(sourceRoot, bare.slice(2)) : bare.startsWith('.') ? resolve(dirname(fromFile), bare) : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every project file and package the entry reaches without a dynamic import. */
function reachedAtFirstPaint(): Set<string> {
  const reached = new Set<string>();
  const queue = [join(sourceRoot, 'main.tsx')];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!/\.(tsx?|m?js)$/.test(file)) continue;
    for (const specifier of staticImports(file)) {
      const local = resolveLocal(file, specifier);
      const name = local ? relative(projectRoot, local) : specifier;
      if (reached.has(name)) continue;
      reached.add(name);
      if (local) queue.push(local);
    }
  }
  return reached;
}

test('the first paint loads no code that only a later action needs', () => {
  const reached = [...reachedAtFirstPaint()];
  const laterOnly = [
    // Reading a chart the user brings: an archive reader, a regular-expression engine, a JSON Schema interpreter.
    /^src\/features\/chart-version\/readBroughtChart\.ts$/,
    /^(re2js|@cfworker\/json-schema|nanotar)$/,
    // A #share= link's decoder and its decompressor: only a page opened with a link needs them.
    /^src\/core\/share\/(decodeShare|openSharePayload)\.ts$/,
    /^fflate$/,
    // Helm's engine, which runs in a worker started after the first paint.
    /^src\/core\/helm-engine\/loadHelmEngine\.ts$/,
    // Views and dialogs opened by a button.
    /^src\/features\/manifests\/ManifestsView\.tsx$/,
    /^src\/features\/(gitops|commands)\/\w+Panel\.tsx$/,
    /^monaco-editor/,
  ];
  expect(reached.filter((name) => laterOnly.some((pattern) => pattern.test(name)))).toEqual([]);
  // The walk itself finds the page: the form is reached.
  expect(reached).toContain('src/features/schema-form/SchemaForm.tsx');
});
