// The command line's start-up and throughput, next to Node's own start and to helm lint / helm template on the
// same values: `npm run bench` runs this after the page benchmark (or alone: node bench/cli.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { updateReadme } from './lib/report.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_CLI_RUNS ?? 9);
const { helmBinary } = await tsImport('../src/test-support/helmBinary.ts', import.meta.url);
const helm = helmBinary();
const chart = join(repo, '../shared/chart/1.90.0/catalyst-1.90.0.tgz');
if (!existsSync(join(repo, 'dist-cli/catalyst-values.mjs'))) execFileSync('npm', ['run', 'build:cli'], { cwd: repo, stdio: 'inherit' });
const cli = join(repo, 'dist-cli/catalyst-values.mjs');

const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
const loadAverage = loadavg()[0].toFixed(1);
const small = join(dir, 'small.yaml');
writeFileSync(small, 'join_token: x\nagent:\n  replicas: 2\n');
/** A values file of about `megabytes` MB: the chart's annotations map grown to that size (49 bytes a line). */
function largeFile(megabytes) {
  const path = join(dir, `large-${megabytes}mb.yaml`);
  writeFileSync(path, 'join_token: x\nagent:\n  podAnnotations:\n' + Array.from({ length: megabytes * 21_000 }, (_, i) => `    note-${i}: "${'x'.repeat(30)}"`).join('\n') + '\n');
  return path;
}
const large = { 1: largeFile(1), 5: largeFile(5), 10: largeFile(10) };

/** Wall time and CPU time (user + system of the child) of one run, in ms. */
function time(file, args) {
  const start = process.hrtime.bigint();
  const before = process.resourceUsage();
  const result = spawnSync(file, args, { stdio: 'ignore', env: { ...process.env, HELM_CACHE_HOME: join(dir, 'hc'), HELM_CONFIG_HOME: join(dir, 'hf'), HELM_DATA_HOME: join(dir, 'hd') } });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  return { wall, status: result.status, before };
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function measure(name, file, args, count = runs) {
  const walls = [];
  for (let i = 0; i < count; i++) walls.push(time(file, args).wall);
  return { name, median: median(walls), min: Math.min(...walls) };
}

/** Runs taken in turn, so that a machine busier in one moment than the next weighs on each alike (the ratio). */
function measureInTurn(cases, count = runs) {
  const walls = cases.map(() => []);
  for (let i = 0; i < count; i++) cases.forEach(([, file, args], index) => walls[index].push(time(file, args).wall));
  return cases.map(([name], index) => ({ name, median: median(walls[index]), min: Math.min(...walls[index]) }));
}

const rows = [
  ...measureInTurn([
    ['node -e 0', process.execPath, ['-e', '0']],
    ['catalyst-values validate (small file, built CLI)', process.execPath, [cli, 'validate', small]],
  ]),
  measure('helm lint (chart 1.90.0 archive, same file)', helm, ['lint', chart, '-f', small]),
  measure('helm template (chart 1.90.0 archive, same file)', helm, ['template', 'r', chart, '-f', small]),
  measure('catalyst-values validate (1 MB file)', process.execPath, [cli, 'validate', large[1]], 3),
  measure('catalyst-values validate (5 MB file)', process.execPath, [cli, 'validate', large[5]], 3),
  measure('catalyst-values validate (10 MB file)', process.execPath, [cli, 'validate', large[10]], 3),
  measure('helm template (10 MB file)', helm, ['template', 'r', chart, '-f', large[10]], 3),
];
const [oneMegabyte, fiveMegabytes, tenMegabytes] = [rows[4], rows[5], rows[6]];
rmSync(dir, { recursive: true, force: true });

const ratio = rows[1].median / rows[0].median;
const perMegabyte = [[1, oneMegabyte], [5, fiveMegabytes], [10, tenMegabytes]].map(([megabytes, row]) => `${((row.median - rows[1].median) / megabytes).toFixed(0)} ms (${megabytes} MB)`);
const lines = [
  `## Command line (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, load average ${loadAverage}, median of ${runs} runs; 3 for the large files)`,
  '',
  '| Run | Median | Fastest |',
  '|---|---:|---:|',
  ...rows.map((row) => `| ${row.name} | ${row.median.toFixed(0)} ms | ${row.min.toFixed(0)} ms |`),
  '',
  `Target: validate of a small file within 4× of \`node -e 0\`: ${ratio.toFixed(1)}× (${ratio <= 4 ? 'met' : '**missed**'}). Target: a 10 MB file within 5 s: ${(tenMegabytes.median / 1000).toFixed(1)} s (${tenMegabytes.median <= 5000 ? 'met' : '**missed**'}).`,
  `Time per MB above the small file's: ${perMegabyte.join(', ')} (linear when these are alike).`,
  '',
];
mkdirSync(join(repo, 'bench/results'), { recursive: true });
writeFileSync(join(repo, 'bench/results/cli.md'), lines.join('\n'));
// The README's command-line section shows the same table (between its bench-cli markers).
await updateReadme(join(repo, 'README.md'), lines.slice(1).join('\n'), 'bench-cli');
process.stdout.write(lines.join('\n'));
