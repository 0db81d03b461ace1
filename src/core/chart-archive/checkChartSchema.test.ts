import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { JsonSchema } from '../schema/JsonSchema';
import { loadChartSchema } from '../schema/chartCatalog';
import { createChart } from '../chart/createChart';
import { broughtChartRef } from '../chart/ChartRef';
import { interpretingCompiler } from '../validate/interpretingCompiler';
import { runtimeCompiler } from '../validate/runtimeCompiler';
import { checkChartSchema } from './checkChartSchema';
import { hostileSchemaArchives, hostileUsableArchives, markup } from './hostileArchives.fixture';
import { prepareBroughtChart } from './prepareBroughtChart';
import { readChartArchive } from './readChartArchive';

async function bring(bytes: Uint8Array) {
  const files = readChartArchive(bytes);
  if (!files.ok) throw new Error(files.error);
  return prepareBroughtChart(files.files, await loadChartSchema('1.90.0'));
}

describe('a brought schema made to hang, overflow or reach out is refused with the reason', () => {
  test.each(hostileSchemaArchives.map((archive) => [archive.title, archive] as const))('%s', async (_title, archive) => {
    expect(await bring(archive.build())).toEqual({ ok: false, error: expect.stringMatching(archive.refusal) });
  });

  test('a $ref to the schema itself at the top is a loop', () => {
    expect(checkChartSchema({ $ref: '#' })).toEqual({ ok: false, error: expect.stringContaining('(# → #)') });
  });

  test('recursion that moves on to a part of the value is not a loop: a tree of nodes is a fine schema', () => {
    const tree = { definitions: { node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/node' } } } } }, $ref: '#/definitions/node' };
    expect(checkChartSchema(tree)).toEqual({ ok: true });
  });

  test('a $ref to something the schema does not have, or to a name, is refused', () => {
    expect(checkChartSchema({ properties: { a: { $ref: '#/definitions/missing' } } })).toEqual({ ok: false, error: expect.stringContaining('"#/definitions/missing", which it does not have') });
    expect(checkChartSchema({ properties: { a: { $ref: 'other.json#/x' } } })).toEqual({ ok: false, error: expect.stringContaining('never fetches') });
    expect(checkChartSchema({ properties: { a: { $id: 'https://example.com/a', type: 'string' } } })).toEqual({ ok: false, error: expect.stringContaining('own address') });
  });

  test('a pattern Go\'s RE2 cannot run, as Helm would not, is refused with where it is', () => {
    expect(checkChartSchema({ properties: { a: { type: 'string', pattern: '^(?=x)' } } })).toEqual({ ok: false, error: expect.stringContaining('#/properties/a/pattern') });
    expect(checkChartSchema({ patternProperties: { '(\\w)\\1': {} } })).toEqual({ ok: false, error: expect.stringContaining('RE2') });
  });

  test('a property named like a keyword is a property, not a keyword', () => {
    expect(checkChartSchema({ properties: { pattern: { type: 'string' }, $ref: { type: 'string' } } })).toEqual({ ok: true });
  });

  test('the real charts\' schemas pass', () => {
    for (const version of ['1.28.0', '1.90.0']) expect(checkChartSchema(JSON.parse(readFileSync(`../shared/chart/${version}/values.schema.json`, 'utf8')))).toEqual({ ok: true });
  });
});

describe('a brought chart whose contents try to stall the page or run code', () => {
  test('a catastrophic-backtracking pattern is judged at once, as Helm\'s RE2 judges it', async () => {
    const brought = await bring(hostileUsableArchives.redos.build());
    if (!brought.ok) throw new Error(brought.error);
    const chart = createChart(broughtChartRef(brought.chart.name, brought.chart.version), brought.chart.schema, interpretingCompiler(brought.chart.schema));
    const { problems } = chart.check({});
    expect(problems).toContainEqual(expect.objectContaining({ pointer: '/name', severity: 'error', message: expect.stringContaining('does not have the expected form (^(a+)+$)') }));
    expect(chart.check({ name: 'aaaa' }).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('the same pattern compiled by ajv, as the CLI does, is judged at once too', () => {
    const schema: JsonSchema = { type: 'object', properties: { name: { type: 'string', pattern: '^(a+)+$' }, size: { type: 'string', pattern: '^[0-9]+$' } } };
    const validate = runtimeCompiler(schema).root;
    expect(validate({ name: hostileUsableArchives.redos.value })).toBe(false);
    expect(validate({ name: 'aaa' })).toBe(true);
    // Each pattern judges by itself, not by the first one compiled.
    expect(validate({ size: '12' })).toBe(true);
    expect(validate({ size: 'aaa' })).toBe(false);
  });

  test('markup in a chart is kept as the text it is: the name comes from Chart.yaml as written', async () => {
    const brought = await bring(hostileUsableArchives.markup.build());
    expect(brought).toMatchObject({ ok: true, chart: { name: markup.name } });
  });
});

describe('the interpreter behind a brought chart', () => {
  test('a schema that still trips it gives one error on the whole file, not an exception on the keystroke', () => {
    // Not caught by the checks on purpose: the interpreter itself refuses a reference it cannot resolve.
    const schema = { type: 'object', properties: { a: { $ref: '#/definitions/missing' } } } as JsonSchema;
    const validate = interpretingCompiler(schema).root;
    expect(validate({ a: 1 })).toBe(false);
    expect(validate.errors).toEqual([expect.objectContaining({ instancePath: '', message: expect.stringContaining('could not be judged by the chart\'s schema') })]);
  });

  test('a $recursiveRef back to the top without moving on is a loop', () => {
    expect(checkChartSchema({ $recursiveAnchor: true, allOf: [{ $recursiveRef: '#' }] })).toEqual({ ok: false, error: expect.stringContaining('in a loop') });
  });
});
