import { describe, expect, test } from 'vitest';
import type { JsonSchema } from '../schema/JsonSchema';
import { chartDefaults } from '../schema/chartDefaults';
import { loadChartSchema } from '../schema/chartCatalog';
import { coalesceValues } from '../values/coalesceValues';
import { getAt } from '../values/getAt';
import { describeAjvErrors } from './describeAjvErrors';
import { interpretingCompiler } from './interpretingCompiler';
import { runtimeCompiler } from './runtimeCompiler';

const chartLike: JsonSchema = {
  type: 'object',
  required: ['name'],
  definitions: { port: { type: 'integer', minimum: 1, maximum: 65535 } },
  properties: {
    name: { type: 'string', minLength: 1 },
    port: { $ref: '#/definitions/port' },
    mode: { type: 'string', enum: ['fast', 'safe'] },
    'prometheus.io/scrape': { type: 'boolean' },
    size: { anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]+Gi$' }] },
    tags: { type: 'array', items: { type: 'string' } },
  },
  allOf: [{ if: { properties: { mode: { const: 'safe' } }, required: ['mode'] }, then: { properties: { port: { type: 'integer', minimum: 443 } }, required: ['port'] } }],
};

const samples: unknown[] = [
  { name: 'a' },
  { name: '' },
  {},
  { name: 'a', port: 0 },
  { name: 'a', port: 70000 },
  { name: 'a', port: '80' },
  { name: 'a', mode: 'slow' },
  { name: 'a', mode: 'safe' },
  { name: 'a', mode: 'safe', port: 443 },
  { name: 'a', mode: 'safe', port: 80 },
  { name: 'a', 'prometheus.io/scrape': 'yes' },
  { name: 'a', size: '10Gi' },
  { name: 'a', size: '10GB' },
  { name: 'a', tags: ['x', 1] },
  'not a mapping',
];

describe('the interpreting compiler', () => {
  test('accepts and rejects the same values as the ajv compiler', () => {
    const ajv = runtimeCompiler(chartLike).root;
    const interpreted = interpretingCompiler(chartLike).root;
    for (const sample of samples) expect([sample, interpreted(sample)]).toEqual([sample, ajv(sample)]);
  });

  test('puts each problem at the same place with the same words as the ajv compiler', () => {
    const ajv = runtimeCompiler(chartLike).root;
    const interpreted = interpretingCompiler(chartLike).root;
    for (const sample of samples.filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null)) {
      ajv(sample);
      interpreted(sample);
      const valueAt = (pointer: string) => getAt(sample, pointer);
      const expected = describeAjvErrors(ajv.errors ?? [], valueAt).map((p) => [p.pointer, p.message]);
      const found = describeAjvErrors(interpreted.errors ?? [], valueAt).map((p) => [p.pointer, p.message]);
      expect([sample, found.sort()]).toEqual([sample, expected.sort()]);
    }
  });

  test('judges small schemas inside the chart, with the chart definitions beside them', () => {
    const compiler = interpretingCompiler(chartLike);
    const condition = compiler.compile({ properties: { port: { $ref: '#/definitions/port' } } });
    expect(condition({ port: 8080 })).toBe(true);
    expect(condition({ port: -1 })).toBe(false);
    expect(compiler.compile({ properties: { port: { $ref: '#/definitions/port' } } })).toBe(condition);
  });

  test('agrees with ajv on the 1.90.0 chart: its defaults pass, the old aws provider does not', async () => {
    const schema = await loadChartSchema('1.90.0');
    const defaults = chartDefaults(schema);
    const ajv = runtimeCompiler(schema).root;
    const interpreted = interpretingCompiler(schema).root;
    const good = coalesceValues(defaults, { join_token: 'x' });
    const bad = coalesceValues(defaults, { join_token: 'x', global: { secrets: { provider: 'aws' } } });
    expect(interpreted(good)).toBe(ajv(good));
    expect(interpreted(bad)).toBe(false);
    expect(ajv(bad)).toBe(false);
    expect(interpreted.errors?.some((e) => e.instancePath === '/global/secrets/provider')).toBe(true);
  });
});
