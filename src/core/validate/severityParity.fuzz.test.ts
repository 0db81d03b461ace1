import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { childPointer } from '../pointer/jsonPointer';
import { setAt } from '../values/setAt';
import { printValues } from '../yaml/printValues';
import { helmTemplate } from '../../test-support/helmTemplate';
import { compileShippedChart } from '../chart/compileShippedChart';

/**
 * Mutated values files, judged by the studio and by a real `helm template` of each shipped archive:
 * whatever Helm refuses, the studio must call an error. The mutations are the ones that broke the studio's
 * model before: a type changed, `null` deleting a default, an empty string or map, template text in a
 * string, a YAML 1.1 boolean as a string. Each run costs one Helm render, so the run count is small and
 * the seed fixed: CI judges the same files every time (change the seed to explore).
 */
const RUNS_PER_CHART = 40;
const SEED = 1306;

/** A mutation that fits the default it replaces, as a user's mistake would. */
function mutationsOf(value: unknown): unknown[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return [null, {}, 'x', 'off'];
  if (typeof value === 'string') return ['', '{{ .Release.Name }}-x', 5, null];
  if (typeof value === 'number') return [String(value), null, 'x'];
  if (typeof value === 'boolean') return [String(value), 'off', null];
  return [null, 'x', {}];
}

/** Every value of the chart's defaults that a user could set (maps and leaves, lists as a whole), with its mistakes. */
function settableValues(values: Values, at = ''): { pointer: string; mutations: unknown[] }[] {
  const found: { pointer: string; mutations: unknown[] }[] = [];
  for (const [key, value] of Object.entries(values)) {
    const pointer = childPointer(at, key);
    found.push({ pointer, mutations: mutationsOf(value) });
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) found.push(...settableValues(value as Values, pointer));
  }
  return found;
}

const folder = mkdtempSync(join(tmpdir(), 'severity-fuzz-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

for (const chartVersion of ['1.28.0', '1.90.0']) {
  describe(`chart ${chartVersion}`, () => {
    test('whatever Helm refuses among mutated values files, the studio calls an error', async () => {
      const chart = await compileShippedChart(chartVersion);
      // The join token comes from --set, as the chart's README installs.
      const settable = settableValues(chart.defaults).filter(({ pointer }) => pointer !== '/join_token');
      const change = fc.constantFrom(...settable).chain(({ pointer, mutations }) => fc.tuple(fc.constant(pointer), fc.constantFrom(...mutations)));
      const archive = `../shared/chart/${chartVersion}/catalyst-${chartVersion}.tgz`;
      let file = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
          let user: Values = {};
          for (const [pointer, value] of changes) user = setAt(user, pointer, value);
          const text = printValues(user);
          const path = join(folder, `${chartVersion}-${file++}.yaml`);
          writeFileSync(path, text);
          const helm = await helmTemplate(archive, path);
          if (helm.ok) return;
          refused++;
          const errors = chart.check({ ...user, join_token: 'x' }).problems.filter((p) => p.severity === 'error');
          expect(errors, `Helm refuses:\n${text}\n${helm.message}`).not.toEqual([]);
        }),
        { numRuns: RUNS_PER_CHART, seed: SEED, endOnFailure: true },
      );
      // The property says nothing unless Helm refused some of the files.
      expect(refused).toBeGreaterThan(0);
    }, 300_000);
  });
}
