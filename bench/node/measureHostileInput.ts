import { performance } from 'node:perf_hooks';
import type { Values } from '../../src/core/diagnostics/Diagnostic';
import { compileShippedChart } from '../../src/core/chart/compileShippedChart';
import { buildCommands } from '../../src/core/commands/buildCommands';
import { decodeShare } from '../../src/core/share/decodeShare';
import { payloadOfJson } from '../../src/core/share/encodeShare';
import { checkValuesText } from '../../src/core/validate/checkValuesText';
import { coalesceValues } from '../../src/core/values/coalesceValues';
import { parseValues } from '../../src/core/yaml/parseValues';
import { printValues } from '../../src/core/yaml/printValues';

/*
 * Hostile input answered in bounded time: the worst cases the unit tests feed the core (alias bombs, deep
 * nesting, a file past the size limit, binary garbage, crafted share links, command text full of shell
 * syntax), each timed here instead of in the unit tests, whose verdicts must not depend on how busy the
 * machine is. A limit is an order of magnitude above what a quiet machine needs: a case that passes it has
 * blown up (an exponential path, a quadratic scan), not merely run on a busy machine.
 * Prints one JSON object on stdout; bench/run.mjs folds it into the results.
 */

interface HostileCase {
  id: string;
  label: string;
  limitMs: number;
  /** Does the work and says whether the answer was the expected one (refused with a message, or opened). */
  run(): boolean;
}

const RUNS = 3;

const aliasBomb = (() => {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
})();
const garbage = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
const refused = (text: string) => () => !parseValues(text).ok;

/** A values tree wide and deep at once, with the characters printers have to quote. */
function awkwardTree(depth: number, width: number): Values {
  const tricky = ['- x', '&a', '*a', '<<', '!!str', '{', '#', 'a\r\nb', '\u2028', 'yes', '0x1F', '1e3', ''];
  let tree: Values = {};
  for (let level = 0; level < depth; level++) {
    const next: Values = { child: tree };
    for (let i = 0; i < width; i++) next[`${tricky[i % tricky.length]}${i}`] = tricky[(i + level) % tricky.length] ?? '';
    tree = next;
  }
  return tree;
}

/** Text a shell would act on, in every field a command is built from. */
const shellText = "$(reboot) `id` ${HOME} ; rm -rf / \n' \" \\ <<EOF\nEOF\n".repeat(2_000);

const chart = await compileShippedChart('1.28.0');

const cases: HostileCase[] = [
  { id: 'alias-bomb', label: 'values file: a billion-laughs alias bomb', limitMs: 2_000, run: refused(aliasBomb) },
  { id: 'nesting-flow-list', label: 'values file: 10,000 nested flow lists', limitMs: 3_000, run: refused('['.repeat(10_000) + ']'.repeat(10_000)) },
  { id: 'nesting-block-list', label: 'values file: 10,000 nested block lists', limitMs: 3_000, run: refused('- '.repeat(10_000) + 'x') },
  { id: 'nesting-flow-map', label: 'values file: 10,000 nested flow maps', limitMs: 3_000, run: refused('a: {'.repeat(10_000) + '}'.repeat(10_000)) },
  { id: 'too-large', label: 'values file over the size limit (10 MB), refused', limitMs: 500, run: refused('key: "value"\n'.repeat(800_000)) },
  { id: 'binary', label: 'values file: 4 KB of binary garbage', limitMs: 1_000, run: refused(garbage) },
  {
    id: 'checked-alias-bomb',
    label: 'the editor check (parse, merge, validate) of the alias bomb',
    limitMs: 3_000,
    run: () => checkValuesText(aliasBomb, chart).diagnostics.some((d) => d.severity === 'error'),
  },
  {
    id: 'share-deep-lists',
    label: 'share link: 20,000 nested JSON lists',
    limitMs: 500,
    run: () => decodeShare(payloadOfJson(`{"chartVersion":"1.28.0","values":{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`)) !== undefined,
  },
  {
    id: 'share-deep-maps',
    label: 'share link: 20,000 nested JSON maps, opened and read back as a file',
    limitMs: 2_500,
    run: () => {
      const result = decodeShare(payloadOfJson(`{"chartVersion":"1.28.0","values":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`));
      if (!result.ok) return true;
      const parsed = parseValues(result.state.text);
      return parsed.ok || parsed.issues.some((i) => i.severity === 'error');
    },
  },
  { id: 'share-garbage', label: 'share link: 64 KB of garbage after #share=', limitMs: 500, run: () => !decodeShare(`v1.${garbage.repeat(16)}`).ok },
  {
    id: 'print-awkward',
    label: 'printing 100 levels × 20 keys of characters that need quoting, read back',
    limitMs: 2_000,
    run: () => {
      const values = awkwardTree(100, 20);
      const parsed = parseValues(printValues(values));
      return parsed.ok && JSON.stringify(parsed.values) === JSON.stringify(values);
    },
  },
  {
    id: 'commands-shell-text',
    label: 'commands built from 100 KB of shell syntax in every field',
    limitMs: 500,
    run: () => {
      const userValues: Values = { join_token: shellText, global: { image: { registry: shellText }, control_plane_namespace: shellText } };
      const groups = buildCommands({
        chartVersion: '1.28.0',
        userValues,
        values: coalesceValues(chart.defaults, userValues),
        options: { release: shellText, namespace: shellText, valuesFiles: [shellText] },
        mirror: { daprVersion: shellText, internalDaprVersion: shellText },
      });
      return groups.length > 0;
    },
  },
];

const results = cases.map((hostile) => {
  let slowestMs = 0;
  let answered = true;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    answered = hostile.run() && answered;
    slowestMs = Math.max(slowestMs, performance.now() - started);
  }
  return { id: hostile.id, label: hostile.label, limitMs: hostile.limitMs, slowestMs, answered };
});

process.stdout.write(JSON.stringify({ node: process.version, runs: RUNS, cases: results }) + '\n');
