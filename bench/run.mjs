#!/usr/bin/env node
/*
 * npm run bench: the studio against react-jsonschema-form, in one run, on one machine.
 *
 * Both pages are built, served from 127.0.0.1 and loaded cold in headless Chromium in alternating order
 * (studio first on even rounds, rjsf first on odd ones), so a machine that slows down mid-run slows both.
 * The absolute numbers move from machine to machine and run to run; the ratios of one run are what count.
 *
 * Environment:
 *   BENCH_ROUNDS=7         cold loads per page (each also types the 40 characters)
 *   BENCH_SKIP_ENGINE=1    leave out Helm's engine against helm template (BENCH_ENGINE_RENDERS, BENCH_ENGINE_FILES)
 *                          and Helm's verdict in the page (BENCH_VERDICT_ROUNDS=3 cold loads), and the picture
 *                          of what will be deployed following edits (BENCH_PICTURE_ROUNDS=2 pairs of loads)
 *   BENCH_SKIP_BUILD=1     reuse bench/dist-studio and bench/dist-rjsf from the previous run
 *   BENCH_PROFILE=1        one more load of each page under the CPU profiler and a Chromium trace: where the time goes
 *   BENCH_BASELINE_REF     a git commit (say, main before a change): the studio built from it is loaded too, in
 *                          the same rounds and the large-file stage, alternating with this tree's, and the
 *                          figures of both are printed side by side (BENCH_BASELINE_DIST: a build already made)
 *   BENCH_ONLY=verdict     Helm's verdict in the page alone (large-file: the large-file stage; picture: the picture's
 *                          stage); prints, writes nothing
 *   CHROMIUM_PATH          the browser; else /usr/lib/chromium/chromium, /usr/bin/chromium, Playwright's own
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { measurePage } from './lib/measurePage.mjs';
import { serveFolder } from './lib/server.mjs';
import { measureBuild } from './lib/sizes.mjs';
import { median, quantile, ratio } from './lib/stats.mjs';
import { renderMarkdown, renderRatios, updateReadme } from './lib/report.mjs';
import { createProfiler } from './lib/profile.mjs';
import { createKeystrokeTracer } from './lib/keystrokeWork.mjs';
import { measureLargeFile } from './lib/largeFile.mjs';
import { composition } from './lib/sourceMaps.mjs';
import { runVerdictBench, verdictTargets } from './lib/measureVerdict.mjs';
import { runPictureBench } from './lib/measurePicture.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => fileURLToPath(new URL(path, new URL('..', import.meta.url)));
const viteBin = at('node_modules/vite/bin/vite.js');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** Cold loads of the page with Helm's engine (each types 5 words and deletes 5 letters, every one timed). */
const VERDICT_ROUNDS = Number(process.env.BENCH_VERDICT_ROUNDS ?? 3);
/** Pairs of cold loads with the picture open and closed (each makes 6 edits, every one timed). */
const PICTURE_ROUNDS = Number(process.env.BENCH_PICTURE_ROUNDS ?? 2);
/** Cold loads per case of the large-file stage (2 cases: the form with an empty and with a large file). */
const LARGE_ROUNDS = Number(process.env.BENCH_LARGE_ROUNDS ?? 3);
const LARGE_LINES = 5_000;
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 60_000);
/** 40 characters, every one valid in a Kubernetes name, so each prefix is a valid value too. */
const TEXT = 'catalyst-gateway-tls-existing-secret-042';
if (TEXT.length !== 40) throw new Error('the typed text must be 40 characters');
/** 10 characters a second: a fast typist; the next key still waits for the previous key's paint. */
const KEY_INTERVAL_MS = 100;
const VIEWPORT = { width: 1440, height: 900 };
const POINTER = '/gateway/tls/existingSecret';

const CHART_VERSION = '1.28.0';
/** The studio's own vite.config.ts; the page is opened on CHART_VERSION through its `?chart=` address. */
const STUDIO_CONFIG = at('vite.config.ts');
const STUDIO_QUERY = `?chart=${CHART_VERSION}`;
const STUDIO_DIST = at('bench/dist-studio');
const RJSF_DIST = at('bench/dist-rjsf');
const BASELINE_DIST = process.env.BENCH_BASELINE_DIST ?? (process.env.BENCH_BASELINE_REF ? at('bench/dist-studio-baseline') : undefined);

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function run(label, args, env = {}) {
  log(label);
  const result = spawnSync(process.execPath, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout.toString();
}

/**
 * The studio is built with its own vite.config.ts into a folder of
 * the benchmark's, not dist/: the e2e suite previews dist/ and may be running at the same time.
 */
function buildAll() {
  run('vite build (studio)', [viteBin, 'build', '--config', STUDIO_CONFIG, '--outDir', STUDIO_DIST, '--emptyOutDir', '--logLevel', 'warn']);
  run('vite build (rjsf baseline)', [viteBin, 'build', '--config', at('bench/rjsf/vite.config.ts'), '--outDir', RJSF_DIST, '--emptyOutDir']);
}

/**
 * The studio as it was at another commit, built with that commit's own sources and config (this tree's
 * node_modules), into BASELINE_DIST.
 */
function buildBaseline(ref) {
  const tree = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  try {
    log(`baseline: sources of ${ref}`);
    execFileSync('sh', ['-c', `git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(tree)}`], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    symlinkSync(at('node_modules'), join(tree, 'node_modules'), 'dir');
    log(`vite build (baseline ${ref})`);
    const result = spawnSync(process.execPath, [viteBin, 'build', '--outDir', BASELINE_DIST, '--emptyOutDir', '--logLevel', 'warn'], { cwd: tree, stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) throw new Error(`the baseline build failed:\n${result.stderr}`);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((candidate) => existsSync(candidate));
}

/** The chart versions whose schema chunks a page fetched. */
function chartVersionsLoaded(loads, build) {
  const versions = new Set();
  for (const load of loads) {
    for (const script of load.scripts ?? []) {
      for (const version of build.chunks.find((chunk) => chunk.file === script)?.chartVersions ?? []) versions.add(version);
    }
  }
  return [...versions];
}

function summarise(loads, build) {
  const ok = loads.filter((load) => !load.error);
  const firsts = ok.map((load) => load.keystrokesMs[0]);
  const rest = ok.flatMap((load) => load.keystrokesMs.slice(1));
  const all = ok.flatMap((load) => load.keystrokesMs);
  const eventDurations = ok.flatMap((load) => load.eventTiming.durationsMs);
  return {
    loads: ok.length,
    chartVersions: chartVersionsLoaded(ok, build),
    failedLoads: loads.length - ok.length,
    paintedMs: { median: median(ok.map((l) => l.paintedMs)), min: Math.min(...ok.map((l) => l.paintedMs)), max: Math.max(...ok.map((l) => l.paintedMs)) },
    keystrokeMs: {
      samples: all.length,
      p50: quantile(all, 0.5),
      p95: quantile(all, 0.95),
      max: Math.max(...all),
      first: median(firsts),
      firstEach: firsts,
      restP50: quantile(rest, 0.5),
      restP95: quantile(rest, 0.95),
    },
    eventTiming: {
      // Keystrokes whose paint came 16 ms or more after the key (the API reports nothing shorter).
      over16ms: eventDurations.length,
      of: all.length,
      p95OfReported: quantile(eventDurations, 0.95),
    },
    domElements: median(ok.map((l) => l.domElements)),
    domNodes: median(ok.map((l) => l.domNodes)),
    jsHeapUsedBytes: median(ok.map((l) => l.jsHeapUsedBytes)),
    bundle: { entryGzipBytes: build.entryGzipBytes, initialGzipBytes: build.initialGzipBytes, totalGzipBytes: build.totalGzipBytes },
  };
}

function targetsOf(studio, rjsf, studioBuild, node) {
  const production = node?.shareLinks?.presets?.find((preset) => preset.id === 'production');
  return [
    {
      id: 'keystroke-p95',
      label: "keystroke p95 at most a third of rjsf's",
      value: ratio(studio.keystrokeMs.p95, rjsf.keystrokeMs.p95),
      limit: 1 / 3,
      unit: 'ratio',
    },
    {
      id: 'first-keystroke',
      label: 'first keystroke no slower than the rest (≤ p95 of keystrokes 2–40)',
      value: studio.keystrokeMs.first,
      limit: studio.keystrokeMs.restP95,
      unit: 'ms',
    },
    {
      id: 'load',
      label: "page start → painted no slower than rjsf's",
      value: ratio(studio.paintedMs.median, rjsf.paintedMs.median),
      limit: 1,
      unit: 'ratio',
    },
    { id: 'entry-js', label: 'entry JS at most 150 KB gz', value: studioBuild.entryGzipBytes, limit: 150_000, unit: 'bytes' },
    { id: 'monaco-lazy', label: 'Monaco not in the initial JS', value: studioBuild.monacoInInitial ? 1 : 0, limit: 0, unit: 'flag' },
    { id: 'production-link', label: "production preset's link at most 1,000 characters", value: production?.linkLength ?? Number.NaN, limit: 1_000, unit: 'chars' },
  ].map((target) => ({ ...target, met: Number.isFinite(target.value) && Number.isFinite(target.limit) ? target.value <= target.limit : false }));
}

/** Every hostile input refused or opened as expected, within its limit: the slowest case's share of its limit. */
function hostileTargets(hostile) {
  if (!hostile) return [];
  const cases = hostile.cases ?? [];
  const value = cases.length && cases.every((c) => c.answered) ? Math.max(...cases.map((c) => c.slowestMs / c.limitMs)) : Number.NaN;
  return [{ id: 'hostile-input', label: 'every hostile input answered within its limit (slowest case, share of its limit)', value, limit: 1, unit: 'ratio', met: Number.isFinite(value) && value <= 1 }];
}

/** The command line with Helm's engine: at least 5 times `helm template`'s files per second, one process. */
function engineTargets(engine) {
  if (!engine) return [];
  const value = engine.cli?.ratio ?? Number.NaN;
  return [{ id: 'cli-engine-throughput', label: "CLI files/s with Helm's engine at least 5× helm template's", value, limit: 5, unit: '×', met: Number.isFinite(value) && value >= 5 }];
}

async function main() {
  const started = Date.now();
  if (process.env.BENCH_SKIP_BUILD !== '1') buildAll();
  if (process.env.BENCH_BASELINE_REF && process.env.BENCH_SKIP_BUILD !== '1') buildBaseline(process.env.BENCH_BASELINE_REF);
  const studioBuild = await measureBuild(STUDIO_DIST);
  const rjsfBuild = await measureBuild(RJSF_DIST);
  if (rjsfBuild.chunks.some((chunk) => chunk.monaco)) log('warning: the rjsf baseline build contains Monaco');

  // BENCH_ONLY=verdict or picture: that page stage alone (it needs no Node stage).
  const only = process.env.BENCH_ONLY;
  const pageStageOnly = only === 'verdict' || only === 'picture';
  let node;
  if (!pageStageOnly) {
    try {
      node = JSON.parse(run('core timings in Node (tsx)', ['--import', 'tsx', at('bench/node/measureCore.ts')]));
      if (node.chartVersion !== CHART_VERSION) throw new Error(`measureCore.ts measured chart ${node.chartVersion}, not ${CHART_VERSION}`);
    } catch (error) {
      log(String(error.message ?? error));
      node = { error: String(error.message ?? error) };
    }
  }

  // Hostile input answered in bounded time: timed here, not in the unit tests (see measureHostileInput.ts).
  let hostile;
  if (!only) {
    try {
      hostile = JSON.parse(run('hostile input in Node (tsx)', ['--import', 'tsx', at('bench/node/measureHostileInput.ts')]));
    } catch (error) {
      log(String(error.message ?? error));
      hostile = { error: String(error.message ?? error) };
    }
  }

  let engine;
  if (process.env.BENCH_SKIP_ENGINE !== '1' && !pageStageOnly) {
    try {
      engine = JSON.parse(run("Helm's engine against helm template (tsx)", ['--import', 'tsx', at('bench/node/measureEngine.ts')]));
    } catch (error) {
      log(String(error.message ?? error));
      engine = { error: String(error.message ?? error) };
    }
  }

  const studioServer = await serveFolder(STUDIO_DIST);
  const rjsfServer = await serveFolder(RJSF_DIST);
  const baselineServer = BASELINE_DIST ? await serveFolder(BASELINE_DIST) : undefined;
  const executablePath = chromiumPath();
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const targets = {
    studio: { name: 'studio', url: `${studioServer.url}${STUDIO_QUERY}#${POINTER}`, selector: `[name="${POINTER}"]` },
    rjsf: { name: 'rjsf', url: rjsfServer.url, selector: '#root_gateway_tls_existingSecret' },
    ...(baselineServer ? { baseline: { name: 'baseline', url: `${baselineServer.url}${STUDIO_QUERY}#${POINTER}`, selector: `[name="${POINTER}"]` } } : {}),
  };
  const loads = { studio: [], rjsf: [], ...(baselineServer ? { baseline: [] } : {}) };
  const errors = [];
  const options = { text: TEXT, timeoutMs: TIMEOUT_MS, keyIntervalMs: KEY_INTERVAL_MS, viewport: VIEWPORT };
  let profiles;
  let keystrokeWork;
  let verdict;
  let picture;
  let largeFile;
  try {
    for (let round = 0; round < (only ? 0 : ROUNDS); round += 1) {
      const pages = baselineServer ? ['studio', 'baseline', 'rjsf'] : ['studio', 'rjsf'];
      const order = round % 2 === 0 ? pages : [...pages].reverse();
      for (const name of order) {
        try {
          const result = await measurePage(browser, targets[name], options);
          loads[name].push(result);
          const keys = result.keystrokesMs;
          log(
            `round ${round + 1}/${ROUNDS} ${name.padEnd(6)} painted ${result.paintedMs.toFixed(0)} ms · keys p50 ${quantile(keys, 0.5).toFixed(1)} p95 ${quantile(keys, 0.95).toFixed(1)} first ${keys[0].toFixed(1)} ms · ${result.domElements} elements`,
          );
          if (result.outsideRequests.length) errors.push(`${name}: requests beyond 127.0.0.1: ${result.outsideRequests.join(', ')}`);
        } catch (error) {
          const message = String(error.message ?? error).split('\n')[0];
          log(`round ${round + 1}/${ROUNDS} ${name}: ${message}`);
          loads[name].push({ error: message });
          errors.push(`round ${round + 1} ${name}: ${message}`);
        }
      }
    }
    if (!pageStageOnly) largeFile = await measureLargeFileStage(browser, studioServer.url, baselineServer?.url, options);
    if (!only) keystrokeWork = await traceKeystrokes(browser, targets, options);
    if (process.env.BENCH_SKIP_ENGINE !== '1' && (!only || only === 'verdict')) {
      verdict = await runVerdictBench(browser, { dist: STUDIO_DIST, baselineDist: BASELINE_DIST, archive: at('../shared/chart/1.90.0/catalyst-1.90.0.tgz'), rounds: VERDICT_ROUNDS, ...options, log });
    }
    if (process.env.BENCH_SKIP_ENGINE !== '1' && (!only || only === 'picture')) {
      picture = await runPictureBench(browser, { dist: STUDIO_DIST, archive: at('../shared/chart/1.90.0/catalyst-1.90.0.tgz'), rounds: PICTURE_ROUNDS, ...options, log });
    }
    if (process.env.BENCH_PROFILE === '1') profiles = await profileRun(browser, options);
  } finally {
    await browser.close();
    await studioServer.close();
    await rjsfServer.close();
    await baselineServer?.close();
  }

  // BENCH_ONLY=large-file, verdict or picture: that stage alone, for profiling a change; nothing is written.
  if (only === 'large-file') {
    process.stdout.write(JSON.stringify(largeFileTargets(largeFile), null, 2) + '\n');
    if (largeFile.baseline) process.stdout.write(renderBaseline(undefined, largeFile) + '\n');
    return;
  }
  if (only === 'verdict') {
    const { loadsDetail: _loads, ...summary } = verdict ?? {};
    process.stdout.write(JSON.stringify({ ...summary, targets: verdictTargets(verdict) }, null, 2) + '\n');
    return;
  }
  if (only === 'picture') {
    process.stdout.write(JSON.stringify(picture ?? {}, null, 2) + '\n');
    return;
  }
  const studio = summarise(loads.studio, studioBuild);
  const rjsf = summarise(loads.rjsf, rjsfBuild);
  const baseline = baselineServer ? summarise(loads.baseline, await measureBuild(BASELINE_DIST)) : undefined;
  for (const [name, summary] of [['studio', studio], ['rjsf', rjsf]]) {
    if (summary.loads > 0 && (summary.chartVersions.length !== 1 || summary.chartVersions[0] !== CHART_VERSION)) {
      errors.push(`${name} loaded chart ${summary.chartVersions.join(', ') || '(none found)'}, not ${CHART_VERSION}: the comparison is not like for like`);
    }
  }
  const ratios = {
    paintedMedian: ratio(studio.paintedMs.median, rjsf.paintedMs.median),
    keystrokeP50: ratio(studio.keystrokeMs.p50, rjsf.keystrokeMs.p50),
    keystrokeP95: ratio(studio.keystrokeMs.p95, rjsf.keystrokeMs.p95),
    keystrokeFirst: ratio(studio.keystrokeMs.first, rjsf.keystrokeMs.first),
    domElements: ratio(studio.domElements, rjsf.domElements),
    jsHeap: ratio(studio.jsHeapUsedBytes, rjsf.jsHeapUsedBytes),
    entryJsGzip: ratio(studioBuild.entryGzipBytes, rjsfBuild.entryGzipBytes),
    totalJsGzip: ratio(studioBuild.totalGzipBytes, rjsfBuild.totalGzipBytes),
  };
  const firstConsoleErrors = Object.fromEntries(
    Object.entries(loads).map(([name, list]) => [name, [...new Set(list.flatMap((load) => load.consoleErrors ?? []))].slice(0, 5)]),
  );
  const result = {
    generatedAt: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    environment: {
      node: process.version,
      chromium: browser.version(),
      executablePath: executablePath ?? "Playwright's own",
      cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
      commit: gitHead(),
    },
    config: { rounds: ROUNDS, text: TEXT, keyIntervalMs: KEY_INTERVAL_MS, viewport: VIEWPORT, studioUrl: `/${STUDIO_QUERY}#${POINTER}`, chartVersion: CHART_VERSION },
    studio: { summary: studio, build: studioBuild, loads: loads.studio },
    rjsf: { summary: rjsf, build: rjsfBuild, loads: loads.rjsf },
    ...(baseline ? { baseline: { ref: process.env.BENCH_BASELINE_REF ?? BASELINE_DIST, summary: baseline, keystrokeP95VsRjsf: ratio(baseline.keystrokeMs.p95, rjsf.keystrokeMs.p95) } } : {}),
    ratios,
    targets: [...targetsOf(studio, rjsf, studioBuild, node), ...hostileTargets(hostile), ...engineTargets(engine), ...verdictTargets(verdict), ...largeFileTargets(largeFile)],
    node,
    hostile,
    engine,
    verdict,
    picture,
    keystrokeWork,
    largeFile,
    profiles,
    consoleErrors: firstConsoleErrors,
    errors,
  };

  const resultsDir = at('bench/results');
  await mkdir(resultsDir, { recursive: true });
  const markdown = renderMarkdown(result);
  await writeFile(at('bench/results/latest.json'), JSON.stringify(result, null, 2) + '\n');
  await writeFile(at('bench/results/latest.md'), markdown);
  const readme = await updateReadme(at('README.md'), renderMarkdown(result, { compact: true }));
  log(`wrote bench/results/latest.md and latest.json${readme ? ', README.md' : ' (README.md has no bench markers: left alone)'}`);
  process.stdout.write('\n' + renderRatios(result) + '\n');
  if (baseline) process.stdout.write('\n' + renderBaseline({ studio, baseline, rjsf }, largeFile) + '\n');
}

/** This tree against the baseline build, measured in the same rounds: keystroke p50/p95 side by side. */
function renderBaseline(small, largeFile) {
  const row = (label, now, before) =>
    `| ${label} | ${before.p50.toFixed(1)} / ${before.p95.toFixed(1)} | ${now.p50.toFixed(1)} / ${now.p95.toFixed(1)} | ${ratio(now.p95, before.p95).toFixed(2)} |`;
  const lines = ['| keystroke → paint (ms, p50 / p95) | baseline | this tree | p95 this/baseline |', '|---|---|---|---|'];
  if (small) {
    lines.push(row('small file, form', small.studio.keystrokeMs, small.baseline.keystrokeMs));
    lines.push(`| small file, form p95 / rjsf's | ${ratio(small.baseline.keystrokeMs.p95, small.rjsf.keystrokeMs.p95).toFixed(2)} | ${ratio(small.studio.keystrokeMs.p95, small.rjsf.keystrokeMs.p95).toFixed(2)} | |`);
  }
  for (const [name, now] of Object.entries(largeFile?.results ?? {})) {
    const before = largeFile.baseline?.[name];
    if (before) lines.push(row(name, now, before));
  }
  for (const place of ['form', 'editor']) {
    const of = (results) => ratio(results?.[`${place}-large`]?.p95, results?.[`${place}-empty`]?.p95);
    if (largeFile?.baseline) lines.push(`| ${place}: large p95 / empty p95 | ${of(largeFile.baseline).toFixed(2)} | ${of(largeFile.results).toFixed(2)} | |`);
  }
  return lines.join('\n');
}

/** The studio opened on a 5,000-line file against an almost empty one, typing in the form. */
async function measureLargeFileStage(browser, studioUrl, baselineUrl, options) {
  const largeText = run(`a ${LARGE_LINES}-line values file (tsx)`, ['--import', 'tsx', at('bench/node/largeValuesFile.ts'), CHART_VERSION, String(LARGE_LINES)]);
  const stage = await measureLargeFile(browser, { ...options, studioUrl, baselineUrl, pointer: POINTER, chartVersion: CHART_VERSION, largeText, rounds: LARGE_ROUNDS });
  for (const [name, result] of Object.entries(stage.results)) {
    log(`large file: ${name.padEnd(13)} p50 ${result.p50.toFixed(1)} p95 ${result.p95.toFixed(1)} ms over ${result.keystrokes} keystrokes${result.errors.length ? ` · ${result.errors.join(' | ')}` : ''}`);
  }
  for (const [name, result] of Object.entries(stage.baseline ?? {})) {
    log(`large file (baseline): ${name.padEnd(13)} p50 ${result.p50.toFixed(1)} p95 ${result.p95.toFixed(1)} ms over ${result.keystrokes} keystrokes${result.errors.length ? ` · ${result.errors.join(' | ')}` : ''}`);
  }
  return stage;
}

function largeFileTargets(stage) {
  if (!stage) return [];
  return ['form', 'editor'].map((place) => {
    const large = stage.results[`${place}-large`];
    const empty = stage.results[`${place}-empty`];
    const limit = 2 * (empty?.p95 ?? Number.NaN);
    const value = large?.p95 ?? Number.NaN;
    return {
      id: `large-file-${place}`,
      label: `${place} keystroke p95 with a ${stage.lines.toLocaleString('en')}-line file at most 2× the empty file's`,
      value,
      limit,
      unit: 'ms',
      met: Number.isFinite(value) && Number.isFinite(limit) && value <= limit,
    };
  });
}

function gitHead() {
  try {
    // Read-only: which commit the tree was on (the tree itself may hold uncommitted work).
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return undefined;
  }
}

/**
 * One more load of each page with the typing traced: what the first keystroke spends on compiling, script
 * and rendering, against the median keystroke of the rest (lib/keystrokeWork.mjs).
 */
async function traceKeystrokes(browser, targets, options) {
  const out = {};
  for (const name of ['studio', 'rjsf']) {
    const tracer = createKeystrokeTracer({ browser });
    try {
      await measurePage(browser, { ...targets[name], name: `${name} (traced)` }, { ...options, profile: tracer });
    } catch (error) {
      log(`traced ${name}: ${String(error.message ?? error).split('\n')[0]}`);
      continue;
    }
    const keys = tracer.keystrokes ?? [];
    if (keys.length < 2) continue;
    const rest = keys.slice(1);
    const medianOf = (field) => median(rest.map((key) => key[field]));
    out[name] = {
      first: keys[0],
      restMedian: Object.fromEntries(['totalMs', 'compileMs', 'scriptMs', 'renderingMs', 'gcMs'].map((field) => [field, medianOf(field)])),
      keystrokes: keys.length,
    };
    log(`traced ${name}: first keystroke compile ${keys[0].compileMs} ms of ${keys[0].totalMs} ms; rest median compile ${out[name].restMedian.compileMs} ms`);
  }
  return out;
}

/**
 * One more load of each page, profiled. The builds are the measured ones plus source maps (the maps are
 * only read here, never fetched by the page), so the profile names the project's files and the libraries.
 */
async function profileRun(browser, options) {
  const dists = { studio: STUDIO_DIST + '-profile', rjsf: RJSF_DIST + '-profile' };
  run('vite build (studio, with source maps)', [viteBin, 'build', '--config', STUDIO_CONFIG, '--outDir', dists.studio, '--emptyOutDir', '--sourcemap', '--logLevel', 'warn']);
  run('vite build (rjsf baseline, with source maps)', [viteBin, 'build', '--config', at('bench/rjsf/vite.config.ts'), '--outDir', dists.rjsf, '--emptyOutDir', '--sourcemap']);
  const out = {};
  const studioEntry = (await measureBuild(dists.studio)).chunks.find((chunk) => chunk.role === 'entry');
  if (studioEntry) out.studioEntry = { file: studioEntry.file, gzipBytes: studioEntry.gzipBytes, owners: composition(join(dists.studio, studioEntry.file))?.slice(0, 15) };
  for (const name of ['studio', 'rjsf']) {
    const server = await serveFolder(dists[name]);
    try {
      const target = name === 'studio'
        ? { name: 'studio (profiled)', url: `${server.url}${STUDIO_QUERY}#${POINTER}`, selector: `[name="${POINTER}"]` }
        : { name: 'rjsf (profiled)', url: server.url, selector: '#root_gateway_tls_existingSecret' };
      const profile = createProfiler({ browser, dist: dists[name], baseUrl: server.url, name, outDir: at('bench/results/tmp') });
      await measurePage(browser, target, { ...options, profile });
      out[name] = profile.summaries;
      log(`profiled ${name}: bench/results/tmp/${name}-{load,typing}.{cpuprofile,trace.json}`);
    } finally {
      await server.close();
    }
  }
  return out;
}

main().catch((error) => {
  process.stderr.write(`[bench] ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
