import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadHelmEngine } from '../../src/core/helm-engine/loadHelmEngine';
import { helmBinary } from '../../src/test-support/helmBinary';

/*
 * Helm's engine against the helm binary it is built from (4.1.4), on the Catalyst chart archive:
 * - loading the engine (decompress, compile, start Go, warm-up render) in this thread;
 * - one render, engine in process against `helm template` as a process (what the CLI used to need);
 * - the CLI validating FILES values files in one process against `helm template` run once per file.
 * The 1-minute load average at the start and the end goes with the figures.
 * Prints one JSON object on stdout; bench/run.mjs folds it into the results.
 */

const chartPath = fileURLToPath(new URL('../../../shared/chart/1.90.0/catalyst-1.90.0.tgz', import.meta.url));
const modulePath = fileURLToPath(new URL('../../engine/wasm/helm-engine.wasm.gz', import.meta.url));
const cliPath = fileURLToPath(new URL('../../bin/catalyst-values.mjs', import.meta.url));
const RENDERS = Number(process.env.BENCH_ENGINE_RENDERS ?? 20);
const FILES = Number(process.env.BENCH_ENGINE_FILES ?? 400);

const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
/** Values files that differ the way users' files do: a component switched, a replica count, an annotation. */
function valuesFile(index: number): string {
  const path = join(dir, `values-${index}.yaml`);
  writeFileSync(path, `join_token: token-${index}\ngateway:\n  enabled: ${index % 2 === 0}\nagent:\n  replicas: ${1 + (index % 3)}\n  podAnnotations:\n    bench/index: "${index}"\n`);
  return path;
}

/** Nearest-rank quantile, as bench/lib/stats.mjs computes it. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1] ?? Number.NaN;
}

function summary(samples: number[]) {
  return { samples: samples.length, medianMs: quantile(samples, 0.5), p95Ms: quantile(samples, 0.95) };
}

const helm = helmBinary();
// On a shared machine the figures mean little without the load they were taken under.
const loadAtStart = loadavg()[0];
const moduleBytes = new Uint8Array(readFileSync(modulePath));
const loadStarted = performance.now();
const engine = await loadHelmEngine(moduleBytes);
const loadMs = performance.now() - loadStarted;

const chart = new Uint8Array(readFileSync(chartPath));
const file = valuesFile(0);
const text = readFileSync(file, 'utf8');
const engineMs: number[] = [];
const helmMs: number[] = [];
for (let i = 0; i < RENDERS; i++) {
  let started = performance.now();
  const result = engine.render({ chart, values: [text], set: [], release: 'bench', namespace: 'bench', kubeVersion: '' });
  engineMs.push(performance.now() - started);
  if (result.error) throw new Error(`the engine refused the bench values: ${result.error.message}`);
  started = performance.now();
  const run = spawnSync(helm, ['template', 'bench', chartPath, '-n', 'bench', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  helmMs.push(performance.now() - started);
  if (run.status !== 0) throw new Error(`helm template refused the bench values: ${run.stderr}`);
}

const files = Array.from({ length: FILES }, (_, i) => valuesFile(i));
let started = performance.now();
const cli = spawnSync(process.execPath, [cliPath, 'validate', '--chart', chartPath, '-o', 'json', ...files], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
const cliSeconds = (performance.now() - started) / 1000;
if (cli.status !== 0) throw new Error(`catalyst-values validate failed (exit ${cli.status}): ${cli.stderr}`);
started = performance.now();
for (const path of files) {
  const run = spawnSync(helm, ['template', 'bench', chartPath, '-f', path], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`helm template failed on ${path}: ${run.stderr}`);
}
const helmSeconds = (performance.now() - started) / 1000;

process.stdout.write(
  JSON.stringify({
    node: process.version,
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    moduleGzipBytes: statSync(modulePath).size,
    loadMs,
    render: { engine: summary(engineMs), helmTemplate: summary(helmMs) },
    cli: { files: FILES, engineFilesPerSecond: FILES / cliSeconds, helmFilesPerSecond: FILES / helmSeconds, ratio: helmSeconds / cliSeconds },
  }) + '\n',
);
