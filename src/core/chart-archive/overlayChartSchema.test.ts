import { describe, expect, test } from 'vitest';
import type { JsonSchema } from '../schema/JsonSchema';
import { chartDefaults } from '../schema/chartDefaults';
import { buildFormModel } from '../form/buildFormModel';
import { overlayChartSchema } from './overlayChartSchema';

const shipped: JsonSchema = {
  type: 'object',
  'x-sections': [{ id: 'gateway', title: 'Gateway' }],
  properties: {
    gateway: {
      type: 'object',
      'x-section': 'gateway',
      title: 'Gateway',
      properties: {
        tls: { type: 'object', properties: { existingSecret: { type: 'string', title: 'Existing TLS secret', 'x-order': 1 } } },
        password: { type: 'string', title: 'Admin password', 'x-secret': true },
      },
    },
  },
};

const brought: JsonSchema = {
  type: 'object',
  properties: {
    gateway: {
      type: 'object',
      properties: {
        tls: { type: 'object', properties: { existingSecret: { type: 'string', description: 'The chart\'s own words.' } } },
        password: { type: 'string', title: 'Password of the chart' },
      },
    },
    brandNew: { type: 'object', properties: { level: { type: 'integer', maximum: 5 } } },
  },
};

describe('dressing a brought chart schema', () => {
  test('copies sections, titles, order and secret hints where the shipped chart has the same path', () => {
    const dressed = overlayChartSchema(brought, shipped, {});
    expect(dressed['x-sections']).toEqual(shipped['x-sections']);
    expect(dressed.properties?.gateway?.['x-section']).toBe('gateway');
    const secret = dressed.properties?.gateway?.properties?.tls?.properties?.existingSecret;
    expect(secret).toMatchObject({ title: 'Existing TLS secret', 'x-order': 1, description: 'The chart\'s own words.' });
    expect(dressed.properties?.gateway?.properties?.password).toMatchObject({ title: 'Password of the chart', 'x-secret': true });
  });

  test('keeps the brought checks and leaves the shipped schema and the brought one untouched', () => {
    const before = structuredClone(brought);
    const dressed = overlayChartSchema(brought, shipped, {});
    expect(dressed.properties?.brandNew?.properties?.level).toEqual({ type: 'integer', maximum: 5 });
    expect(brought).toEqual(before);
    expect(shipped.properties?.brandNew).toBeUndefined();
  });

  test('takes the chart defaults from its values.yaml, keys the schema does not describe included', () => {
    const defaults = { gateway: { tls: { existingSecret: 'gw-tls' } }, extra: { free: 'form' } };
    expect(chartDefaults(overlayChartSchema(brought, shipped, defaults))).toEqual(defaults);
  });

  test('puts values the shipped chart does not know under Advanced, with their defaults', () => {
    const withAdvanced: JsonSchema = { ...shipped, 'x-sections': [...(shipped['x-sections'] ?? []), { id: 'advanced', title: 'Advanced' }] };
    const model = buildFormModel(overlayChartSchema(brought, withAdvanced, { brandNew: { level: 3 } }));
    const advanced = model.sections.find((s) => s.id === 'advanced');
    expect(JSON.stringify(advanced)).toContain('/brandNew/level');
    expect(JSON.stringify(advanced)).toContain('"default":3');
  });

  test('puts values the shipped chart does not know under the form\'s other values when it has no Advanced section', () => {
    const model = buildFormModel(overlayChartSchema(brought, shipped, { brandNew: { level: 3 } }));
    const ids = model.sections.map((s) => s.id);
    expect(ids).toContain('gateway');
    expect(ids).toContain('other');
    const other = model.sections.find((s) => s.id === 'other');
    expect(JSON.stringify(other)).toContain('/brandNew/level');
    expect(JSON.stringify(other)).toContain('"default":3');
  });
});
