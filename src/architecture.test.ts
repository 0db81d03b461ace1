import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The layering the code relies on, checked on the real import graph: `core ← state ← features ← app`,
 * a core that runs anywhere (CLI, worker, tests) and so imports no React, DOM library or Node built-in,
 * features that do not reach into each other, and no import cycles (a cycle makes module start-up order
 * depend on which file is imported first). Test files are left out: they may use Node to read fixtures.
 */

/** File (relative to the project root, e.g. `src/core/x.ts`) → what it imports: project files or package names. */
type ImportGraph = ReadonlyMap<string, readonly string[]>;

const projectRoot = resolve(__dirname, '..');
const sourceRoot = join(projectRoot, 'src');

const sourceExtensions = ['.ts', '.tsx'];
const isTestFile = (path: string) => /\.test\.tsx?$/.test(path) || path.startsWith('src/test-support/');

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSourceFiles(path);
    return sourceExtensions.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

/** Static imports, re-exports and dynamic `import('…')`, type-only ones included: they couple layers too. */
const importPattern = /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Comments are dropped first, so an example in prose is not read as an import. */
function importSpecifiers(sourceText: string): string[] {
  const code = sourceText.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return [...code.matchAll(importPattern)].map((match) => (match[1] ?? match[2])!);
}

function resolveLocal(fromFile: string, specifier: string): string | undefined {
  const bare = specifier.replace(/\?.*$/, '');
  let base: string;
  if (bare.startsWith('@/')) base = join(sourceRoot, bare.slice(2));
  else if (bare.startsWith('.')) base = resolve(dirname(fromFile), bare);
  else return undefined;
  const candidates = [base, ...sourceExtensions.map((ext) => base + ext), ...sourceExtensions.map((ext) => join(base, 'index' + ext))];
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile());
  return relative(projectRoot, found ?? base);
}

function readImportGraph(): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of listSourceFiles(sourceRoot)) {
    const name = relative(projectRoot, file);
    if (isTestFile(name)) continue;
    const targets = importSpecifiers(readFileSync(file, 'utf8')).map((specifier) => resolveLocal(file, specifier) ?? specifier);
    graph.set(name, [...new Set(targets)]);
  }
  return graph;
}

type Violation = `${string} → ${string}`;

/** React, its DOM renderer, the editor, or a Node built-in: each ties the core to one place it runs. */
const platformOnly = /^(react|react-dom|scheduler|monaco-editor|monaco-yaml|@monaco-editor\/react|@tanstack\/react-query)(\/|$)|^node:/;
const layerOf = (path: string) => /^src\/([^/]+)\//.exec(path)?.[1];
const featureOf = (path: string) => /^src\/features\/([^/]+)\//.exec(path)?.[1];

function coreViolations(graph: ImportGraph): Violation[] {
  const out: Violation[] = [];
  for (const [file, targets] of graph) {
    if (layerOf(file) !== 'core') continue;
    for (const target of targets) {
      const upward = target.startsWith('src/') && layerOf(target) !== 'core';
      if (platformOnly.test(target) || upward) out.push(`${file} → ${target}`);
    }
  }
  return out;
}

function stateViolations(graph: ImportGraph): Violation[] {
  const out: Violation[] = [];
  for (const [file, targets] of graph) {
    if (layerOf(file) !== 'state') continue;
    for (const target of targets) if (['features', 'app'].includes(layerOf(target) ?? '')) out.push(`${file} → ${target}`);
  }
  return out;
}

function crossFeatureViolations(graph: ImportGraph): Violation[] {
  const out: Violation[] = [];
  for (const [file, targets] of graph) {
    const feature = featureOf(file);
    if (!feature) continue;
    for (const target of targets) {
      const other = featureOf(target);
      if (other && other !== feature) out.push(`${file} → ${target}`);
    }
  }
  return out;
}

/**
 * What is derived from a chart (the check of the current values, the form's runtime) hangs on the chart, in its
 * `memos`: a module-level map keyed by charts outlives the page's interest in them and is shared by every caller.
 */
const chartKeyedMap = /\b(?:Weak)?Map<\s*Chart\b/;

function moduleCachesOfCharts(sources: ReadonlyMap<string, string>): string[] {
  return [...sources].filter(([, text]) => chartKeyedMap.test(text)).map(([file]) => file);
}

/** Tarjan's strongly connected components; each component of more than one file (or a file importing itself) is a cycle. */
function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (file: string) => {
    index.set(file, counter);
    lowLink.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(target)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)!.includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('each rule fails on a violation', () => {
  test('core importing React, react-dom, Monaco or a Node built-in is reported', () => {
    const graph = graphOf({
      'src/core/a.ts': ['react'],
      'src/core/b.ts': ['react-dom/client'],
      'src/core/c.ts': ['monaco-editor/editor'],
      'src/core/d.ts': ['node:fs'],
      'src/core/e.ts': ['yaml', 'src/core/a.ts'],
    });
    expect(coreViolations(graph)).toEqual([
      'src/core/a.ts → react',
      'src/core/b.ts → react-dom/client',
      'src/core/c.ts → monaco-editor/editor',
      'src/core/d.ts → node:fs',
    ]);
  });

  test('core importing state, a feature or the app is reported', () => {
    const graph = graphOf({ 'src/core/a.ts': ['src/state/createStore.ts', 'src/features/f/x.ts'] });
    expect(coreViolations(graph)).toHaveLength(2);
  });

  test('state importing a feature is reported', () => {
    const graph = graphOf({
      'src/state/store.ts': ['src/features/schema-form/focusField.ts', 'src/core/a.ts'],
    });
    expect(stateViolations(graph)).toEqual(['src/state/store.ts → src/features/schema-form/focusField.ts']);
  });

  test('a feature importing another feature is reported; its own files, state and core are not', () => {
    const graph = graphOf({
      'src/features/a/View.tsx': ['src/features/a/helper.ts', 'src/features/b/Panel.tsx', 'src/state/s.ts', 'src/core/c.ts'],
    });
    expect(crossFeatureViolations(graph)).toEqual(['src/features/a/View.tsx → src/features/b/Panel.tsx']);
  });

  test('an import cycle is reported with every file in it', () => {
    const graph = graphOf({
      'src/a.ts': ['src/b.ts'],
      'src/b.ts': ['src/c.ts', 'react'],
      'src/c.ts': ['src/a.ts'],
      'src/d.ts': ['src/a.ts'],
      'src/self.ts': ['src/self.ts'],
    });
    expect(importCycles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts'], ['src/self.ts']]);
  });

  test('a map keyed by charts is reported, wherever it is', () => {
    const sources = new Map([
      ['src/core/a.ts', 'const lastCheck = new WeakMap<Chart, ValuesCheck>();'],
      ['src/features/b.ts', 'const runtimes = new Map< Chart, FormRuntime>();'],
      ['src/core/c.ts', 'const memos = new Map<MemoKey<unknown>, Memo<unknown>>(); const charts: Chart[] = [];'],
    ]);
    expect(moduleCachesOfCharts(sources)).toEqual(['src/core/a.ts', 'src/features/b.ts']);
  });

  test('imports are read from static, type-only, re-export and dynamic forms, not from comments', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '@/core/b';",
      "export { c } from './c';",
      "import './side-effect.css';",
      "const d = () => import('./d');",
      "// import { e } from './e';",
      "/** import { f } from './f'; */",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '@/core/b', './c', './side-effect.css', './d']);
  });
});

describe('the source tree', () => {
  const graph = readImportGraph();

  test('the graph was read (a broken reader would pass every rule)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/main.tsx')).toContain('src/app/App.tsx');
  });

  test('core imports no React, DOM library, Node built-in or higher layer', () => {
    expect(coreViolations(graph)).toEqual([]);
  });

  test('state imports no feature', () => {
    expect(stateViolations(graph)).toEqual([]);
  });

  test('no feature imports another feature', () => {
    expect(crossFeatureViolations(graph)).toEqual([]);
  });

  test('the import graph has no cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  test("no module keeps a chart's derived values in a map keyed by charts", () => {
    const sources = new Map([...graph.keys()].map((file) => [file, readFileSync(join(projectRoot, file), 'utf8')] as const));
    expect(moduleCachesOfCharts(sources)).toEqual([]);
  });
});
