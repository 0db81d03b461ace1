import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createTarGzip } from 'nanotar';
import { afterAll, describe, expect, test } from 'vitest';
import type { HelmRenderRequest } from '../core/helm-engine/HelmRenderRequest';
import { isValuesMap } from '../core/values/isValuesMap';
import { parseValues } from '../core/yaml/parseValues';
import { readChartArchive } from '../core/chart-archive/readChartArchive';
import { runHelm } from '../test-support/helmBinary';
import { startHelmEngineHost } from './startHelmEngineHost';

/**
 * The engine against the real `helm template` (4.1.4) on every chart release at hand: the same verdict, and
 * where Helm renders, the same bytes. PARITY_RUNS sets how many generated values files each chart gets.
 */
const charts = [
  '../shared/chart/1.28.0/catalyst-1.28.0.tgz',
  '../shared/chart/1.90.0/catalyst-1.90.0.tgz',
  ...readdirSync('../shared/chart/releases').filter((name) => name.endsWith('.tgz')).map((name) => `../shared/chart/releases/${name}`),
];
const runs = Number(process.env.PARITY_RUNS ?? 6);
const dir = mkdtempSync(join(tmpdir(), 'engine-parity-'));
// Parity, not speed: a busy machine must not turn a slow render into a false difference.
const engine = startHelmEngineHost({ renderMilliseconds: 120_000 });
afterAll(() => engine.dispose());

interface Case {
  values: string;
  set: string[];
  release?: string;
  namespace?: string;
}

let written = 0;
async function compare(chart: string, chartBytes: Uint8Array, c: Case): Promise<void> {
  const file = join(dir, `values-${written++}.yaml`);
  writeFileSync(file, c.values);
  const release = c.release ?? 'parity';
  const namespace = c.namespace ?? 'team-a';
  const request: HelmRenderRequest = { chart: chartBytes, values: [c.values], valueFileNames: [file], set: c.set.map((text) => ({ flag: 'set', text })), release, namespace, kubeVersion: '' };
  const [ours, helm] = await Promise.all([engine.render(request), runHelm(['template', release, chart, '-n', namespace, '-f', file, ...c.set.flatMap((s) => ['--set', s])])]);
  const context = `${chart}\n--- values\n${c.values}\n--- set ${c.set.join(' ')}\n--- helm: ${helm.stderr}\n--- engine: ${ours.error?.message ?? 'rendered'}`;
  expect(ours.error === null, context).toBe(helm.ok);
  if (helm.ok) expect(ours.output, context).toBe(helm.stdout);
  else expect(messageLines(`Error: ${ours.error?.message}`), context).toEqual(messageLines(helm.stderr.replace(/\n\nUse --debug flag to render out invalid YAML\n$/, '')));
}

/**
 * Helm's error as a set of lines: Helm logs its coalescing warnings (`level=INFO …`) on stderr too, and lists
 * schema violations in map order, which changes from run to run.
 */
function messageLines(text: string): string[] {
  return text
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('level='))
    .sort();
}

/** Hand-picked values Helm treats in ways a model of the chart easily gets wrong. */
const knownCases: Case[] = [
  { values: '', set: ['join_token=abc'] },
  { values: '', set: [] },
  { values: 'join_token: abc\ngateway:\n', set: [] },
  { values: 'join_token: abc\ngateway:\n  tls: {}\n', set: [] },
  { values: "join_token: abc\nfullnameOverride: '{{ .Release.Name }}-agent'\n", set: [] },
  { values: 'join_token: abc\nglobal:\n  image:\n    tag: ""\n', set: [] },
  { values: 'join_token: abc\nagent: 5\n', set: [] },
  { values: 'join_token: abc\nglobal: null\n', set: [] },
  { values: 'join_token: yes\n', set: [], release: 'a-very-long-release-name-that-is-still-valid', namespace: 'other' },
  { values: 'join_token: abc\nopentelemetry-collector:\n  nodeselector: {}\n', set: [] },
  { values: 'join_token: abc\n: broken\n  - x\n', set: [] },
  { values: 'join_token: abc\n', set: ['gateway.enabled=false', 'agent.config.host.type=null'] },
];

/** Every path to a value in the chart's defaults, as keys, down to a few levels. */
function valuePaths(values: Record<string, unknown>, prefix: string[] = [], depth = 0): string[][] {
  return Object.entries(values).flatMap(([key, value]) => {
    const path = [...prefix, key];
    return isValuesMap(value) && depth < 4 ? [path, ...valuePaths(value, path, depth + 1)] : [path];
  });
}

/** Plain YAML scalars written as they are, so YAML 1.1's readings (yes, 012, ~) reach Helm untouched. */
const tokens = [
  'null', '~', '{}', '[]', '""', "''", '0', '-1', '1.5', '012', '0x1F', '1e3', 'yes', 'no', 'on', 'off', 'y', 'true', 'false',
  '"true"', '"5"', 'text', "'{{ .Release.Name }}-x'", '"{{ include \\"missing.template\\" . }}"', '"{{ .Values.nope.deeper }}"',
  '2001-12-14', '"1.28.0@sha256:abc"', 'https://registry.example', '[a, b]', '{a: 1}', '"  padded "', 'Null', 'NO',
];

type Tree = { [key: string]: Tree | string };

function emit(tree: Tree, indent = ''): string {
  return Object.entries(tree)
    .map(([key, value]) => (typeof value === 'string' ? `${indent}${key}: ${value}\n` : `${indent}${key}:\n${emit(value, `${indent}  `)}`))
    .join('');
}

function mutated(edits: readonly { path: string[]; token: string }[]): string {
  const tree: Tree = { join_token: 'abc' };
  for (const { path, token } of edits) {
    let at = tree;
    for (const key of path.slice(0, -1)) {
      const next = at[key];
      at = at[key] = typeof next === 'object' ? next : {};
    }
    at[path[path.length - 1] ?? 'x'] = token;
  }
  return emit(tree);
}

describe.each(charts)('Helm\'s engine renders %s as helm template does', (chart) => {
  const chartBytes = new Uint8Array(readFileSync(chart));
  const read = readChartArchive(chartBytes);
  const parsed = read.ok ? parseValues(read.files.valuesText, { maxLength: Infinity }) : null;
  const paths = parsed?.ok ? valuePaths(parsed.values) : [];
  const switches = paths.filter((path) => path[path.length - 1] === 'enabled');

  test('on values chosen for how Helm reads them', async () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const c of knownCases) await compare(chart, chartBytes, c);
    // The chart's own defaults given back as a file.
    await compare(chart, chartBytes, { values: read.ok ? read.files.valuesText : '', set: ['join_token=abc'] });
  }, 600_000);

  test('on generated values: type changes, null and empty values, template text, YAML 1.1 scalars, switches, subcharts', async () => {
    const edit = fc.record({ path: fc.constantFrom(...paths), token: fc.constantFrom(...tokens) });
    const toggle = fc.record({ path: fc.constantFrom(...switches), token: fc.constantFrom('true', 'false', '"false"') });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(edit, edit, toggle), { minLength: 1, maxLength: 4 }), async (edits) => {
        await compare(chart, chartBytes, { values: mutated(edits), set: [] });
      }),
      { numRuns: runs, endOnFailure: true },
    );
  }, 600_000);
});

/**
 * How Helm cuts a rendered file into documents and orders them: a chart whose templates print the text the
 * values give, so that `---` lines of every shape (spaces and tabs around them, CRLF, a `----`, a comment
 * after them, two in a row, one at the start of a file), hooks known and unknown, partials and several files
 * reach Helm as written. Same verdict and same bytes as `helm template`.
 */
describe('Helm\'s engine cuts and orders rendered documents as helm template does', () => {
  const kinds = ['ConfigMap', 'Secret', 'Zebra', 'Alpha', 'Service', 'Namespace', 'Job', 'ServiceAccount'];
  const hooks = ['', '', '', 'pre-install', 'post-install,test', 'bogus', 'Test-Success', ' pre-upgrade , pre-install'];
  const separators = ['---\n', '\n---\n', '\n--- \n', '\n  \n---\t\n', '\n---', '\n----\n', '\r\n---\r\n', '\n--- # next\n', '\n---\n---\n', '\n\n', '\n---\f\n'];
  const document = fc.record({ kind: fc.constantFrom(...kinds), name: fc.integer({ min: 0, max: 9 }), hook: fc.constantFrom(...hooks), separator: fc.constantFrom(...separators), indent: fc.constantFrom('', ' ', '\t') });
  const documents = fc.array(document, { minLength: 0, maxLength: 5 });

  function text(docs: readonly { kind: string; name: number; hook: string; separator: string; indent: string }[]): string {
    return docs
      .map(({ kind, name, hook, separator, indent }) => {
        const annotations = hook === '' ? '' : `  annotations:\n    helm.sh/hook: ${JSON.stringify(hook)}\n`;
        return `${separator}${indent}apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: doc-${name}\n${annotations}`;
      })
      .join('');
  }

  test('on generated files of documents', async () => {
    const chartFile = join(dir, 'documents-0.1.0.tgz');
    const templates = { 'a.yaml': '{{ .Values.a }}', 'b.yaml': '{{ .Values.b }}', '_partial.yaml': '{{ .Values.a }}', 'empty.yaml': '{{ "  \\n" }}' };
    const chartBytes = await createTarGzip([
      { name: 'documents/Chart.yaml', data: 'apiVersion: v2\nname: documents\nversion: 0.1.0\n' },
      { name: 'documents/values.yaml', data: 'a: ""\nb: ""\n' },
      ...Object.entries(templates).map(([name, data]) => ({ name: `documents/templates/${name}`, data })),
    ]);
    writeFileSync(chartFile, chartBytes);
    await fc.assert(
      fc.asyncProperty(documents, documents, async (a, b) => {
        // JSON strings are YAML double-quoted strings: every character reaches the template as written.
        await compare(chartFile, chartBytes, { values: `a: ${JSON.stringify(text(a))}\nb: ${JSON.stringify(text(b))}\n`, set: [] });
      }),
      { numRuns: 4 * runs, endOnFailure: true },
    );
  }, 600_000);
});
