import { describe, expect, test } from 'vitest';
import type { JsonSchema } from '../schema/JsonSchema';
import { applyOverlay } from './applyOverlay';
import type { CuratedOverlay } from './CuratedOverlay';

const generated: JsonSchema = {
  type: 'object',
  properties: {
    gateway: {
      type: 'object',
      properties: {
        tls: { type: 'object', properties: { key: { type: 'string', default: '' }, existingSecret: { type: 'string', default: '' } } },
        securityContext: { type: 'object', properties: { runAsNonRoot: { type: 'boolean', default: true } } },
      },
    },
    agent: { type: 'object', properties: { securityContext: { type: 'object', properties: {} , default: {} } } },
    podAnnotations: { type: 'object', properties: { 'prometheus.io/scrape': { type: 'string', default: 'true' } } },
    fromTemplate: {},
  },
};

describe('applying the curated overlay', () => {
  test('merges decisions into the values they name, removes what they unset, and reports nothing left over', () => {
    const overlay: CuratedOverlay = {
      entries: [
        { pointer: '/gateway/tls/key', node: { title: 'Private key (PEM)', 'x-secret': true, 'x-existing-secret': '/gateway/tls/existingSecret', $unset: ['default'] } },
      ],
    };
    const { schema, report } = applyOverlay(generated, '1.0.0', overlay);
    expect(schema.properties!['gateway']!.properties!['tls']!.properties!['key']).toEqual({ title: 'Private key (PEM)', type: 'string', 'x-secret': true, 'x-existing-secret': '/gateway/tls/existingSecret' });
    expect(report.stale).toEqual([]);
    expect(report.new).toContain('/gateway/tls/existingSecret');
    expect(report.new).not.toContain('/gateway/tls/key');
  });

  test('a pattern applies to every component, and an added field appears wherever its parent is', () => {
    const overlay: CuratedOverlay = {
      entries: [
        { pointer: '/*/securityContext/runAsNonRoot', node: { title: 'Run as non-root' } },
        { pointer: '/*/securityContext/privileged', node: { $add: true, title: 'Privileged', type: 'boolean' } },
      ],
    };
    const { schema } = applyOverlay(generated, '1.0.0', overlay);
    expect(schema.properties!['gateway']!.properties!['securityContext']!.properties).toEqual({
      runAsNonRoot: { title: 'Run as non-root', type: 'boolean', default: true },
      privileged: { title: 'Privileged', type: 'boolean' },
    });
    expect(schema.properties!['agent']!.properties!['securityContext']!.properties!['privileged']).toEqual({ title: 'Privileged', type: 'boolean' });
  });

  test('an entry for a value this chart lacks is stale, and one scoped to other versions does not apply', () => {
    const overlay: CuratedOverlay = {
      entries: [
        { pointer: '/gateway/tls/cert', node: { title: 'Certificate' } },
        { pointer: '/gateway/tls/key', before: '1.0.0', node: { title: 'Old key' } },
        { pointer: '/gateway/tls/key', after: '0.9.0', node: { description: 'New key' } },
        { pointer: '/gone/value', node: { $add: true, type: 'string' } },
      ],
    };
    const { schema, report } = applyOverlay(generated, '1.0.0', overlay);
    expect(report.stale).toEqual(['/gateway/tls/cert', '/gone/value']);
    expect(schema.properties!['gateway']!.properties!['tls']!.properties!['key']).toEqual({ description: 'New key', type: 'string', default: '' });
  });

  test('a map of the user\'s own keys keeps the chart\'s entries as its default, and an omitted read disappears', () => {
    const overlay: CuratedOverlay = {
      entries: [
        { pointer: '/podAnnotations', node: { $keysAreData: true, additionalProperties: { type: 'string' } } },
        { pointer: '/fromTemplate', node: { $omit: true } },
      ],
    };
    const { schema } = applyOverlay(generated, '1.0.0', overlay);
    expect(schema.properties!['podAnnotations']).toEqual({ type: 'object', default: { 'prometheus.io/scrape': 'true' }, additionalProperties: { type: 'string' } });
    expect(schema.properties!['fromTemplate']).toBeUndefined();
  });

  test("a curated node for a map's values or a list's items adds to the chart's rule for them, without the example's defaults", () => {
    const chart: JsonSchema = {
      type: 'object',
      properties: {
        nodeSelector: { type: 'object', additionalProperties: { type: 'string' } },
        ports: { type: 'array', items: { type: 'object', properties: { protocol: { type: 'string', default: 'TCP' } } } },
      },
    };
    const overlay: CuratedOverlay = {
      entries: [
        { pointer: '/nodeSelector', node: { additionalProperties: { title: 'Value', description: 'A node label value.' } } },
        { pointer: '/ports', node: { items: { title: 'Port', properties: { protocol: { enum: ['TCP', 'UDP'] } } } } },
      ],
    };
    const { schema } = applyOverlay(chart, '1.0.0', overlay);
    expect(schema.properties!['nodeSelector']!.additionalProperties).toEqual({ title: 'Value', description: 'A node label value.', type: 'string' });
    expect(schema.properties!['ports']!.items).toEqual({ title: 'Port', type: 'object', properties: { protocol: { type: 'string', enum: ['TCP', 'UDP'] } } });
  });

  test('rules, warnings and conditions that name a value this chart lacks are left out and reported', () => {
    const overlay: CuratedOverlay = {
      entries: [
        {
          pointer: '',
          node: {
            allOf: [
              { $comment: 'key needs a secret', if: { properties: { gateway: { properties: { tls: { properties: { key: { minLength: 1 } }, required: ['key'] } } } } }, then: { required: ['gateway'] } },
              { $comment: 'mode needs a host', if: { properties: { mode: { const: 'x' } }, required: ['mode'] }, then: { required: ['host'] } },
            ],
          },
        },
        { pointer: '/gateway/tls/key', node: { 'x-show-if': { '/gateway/tls/enabled': { const: true }, '/gateway/tls/existingSecret': { const: '' } } } },
      ],
    };
    const { schema, report } = applyOverlay(generated, '1.0.0', overlay);
    expect(schema.allOf!.map((rule) => rule.$comment)).toEqual(['key needs a secret']);
    expect(schema.properties!['gateway']!.properties!['tls']!.properties!['key']!['x-show-if']).toEqual({ '/gateway/tls/existingSecret': { const: '' } });
    expect(report.unjudged).toEqual(['rule mode needs a host (names /mode)', 'condition of /gateway/tls/key (names /gateway/tls/enabled)']);
  });
});
