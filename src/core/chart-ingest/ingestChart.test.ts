import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chartDefaults } from '../schema/chartDefaults';
import { schemaAt } from '../schema/schemaNavigation';
import { formatPointer } from '../pointer/jsonPointer';
import { isValuesMap } from '../values/isValuesMap';
import type { Values } from '../diagnostics/Diagnostic';
import { ingestChartArchive, ingestChartFiles, type IngestOptions } from './ingestChart';
import { archivesAtHand } from '../../test-support/chartArchive';

const archives = archivesAtHand();

/** values.yaml's leaves as the chart's coverage counts them: scalars, lists and empty maps. */
function leafPointers(values: unknown, path: string[] = []): string[] {
  if (isValuesMap(values) && Object.keys(values).length > 0) return Object.entries(values).flatMap(([key, child]) => leafPointers(child, [...path, key]));
  return [formatPointer(path)];
}

describe.each(archives)('ingesting %s', (archive) => {
  const bytes = new Uint8Array(readFileSync(archive));
  const result = ingestChartArchive(bytes);
  if (!result.ok) throw new Error(result.error);
  const { schema, defaults } = result.chart;

  test('describes every leaf of values.yaml, and the defaults it gives are values.yaml', () => {
    const leaves = leafPointers(defaults);
    expect(leaves.length).toBeGreaterThan(300);
    const undescribed = leaves.filter((pointer) => schemaAt(schema, pointer) === undefined);
    expect(undescribed).toEqual([]);
    expect(chartDefaults(schema)).toEqual(defaults);
  });

  test('the same archive gives the same schema, byte for byte', () => {
    const again = ingestChartArchive(new Uint8Array(readFileSync(archive)));
    expect(again.ok && JSON.stringify(again.chart.schema)).toBe(JSON.stringify(schema));
  });

  test('describes values in the chart\'s own words, marked as the chart\'s', () => {
    const described = leafPointers(defaults).map((pointer) => schemaAt(schema, pointer)).filter((node) => typeof node?.description === 'string');
    expect(described.length).toBeGreaterThan(100);
    expect(described.every((node) => node?.['x-description-from-chart'] === true)).toBe(true);
  });
});

describe('a small chart', () => {
  const chart = (files: Record<string, string>, options?: IngestOptions) =>
    ingestChartFiles(Object.entries(files).map(([path, text]) => ({ path, bytes: new TextEncoder().encode(text) })), options);
  const chartYaml = 'apiVersion: v2\nname: demo\nversion: 0.1.0\n';

  test('types each value from values.yaml, lists from their items, and takes the comment above a key', () => {
    const result = chart({
      'Chart.yaml': chartYaml,
      'values.yaml': '# A file header.\n\n# How many pods run.\nreplicas: 2\nratio: 0.5\nname: web\nenabled: yes\nports:\n  - 80\n  - 443\nhosts:\n  - host: a\n    paths: [/]\nlabels: {}\n',
    });
    if (!result.ok) throw new Error(result.error);
    const properties = result.chart.schema.properties!;
    expect(properties['replicas']).toEqual({ description: 'How many pods run.', 'x-description-from-chart': true, type: 'integer', default: 2 });
    expect(properties['ratio']).toMatchObject({ type: 'number', default: 0.5 });
    expect(properties['enabled']).toMatchObject({ type: 'boolean', default: true });
    expect(properties['ports']).toMatchObject({ type: 'array', items: { type: 'integer' }, default: [80, 443] });
    expect(properties['hosts']).toMatchObject({ type: 'array', items: { type: 'object', properties: { host: { type: 'string' }, paths: { type: 'array' } } } });
    expect(properties['labels']).toMatchObject({ type: 'object', default: {} });
    expect(properties['name']!.description).toBeUndefined();
  });

  test('adds the values templates read that values.yaml leaves out, without a default', () => {
    const result = chart({
      'Chart.yaml': chartYaml,
      'values.yaml': 'tls:\n  enabled: false\n',
      'templates/a.yaml': '{{ if .Values.tls.enabled }}{{ .Values.tls.secretName }}{{ end }}\n{{ index .Values "extra-labels" "team" }}\n{{ dig "probe" "path" "/" .Values.health }}\n{{/* .Values.commented.out */}}\n',
    });
    if (!result.ok) throw new Error(result.error);
    const schema = result.chart.schema;
    expect(schemaAt(schema, '/tls/secretName')).toEqual({});
    expect(schemaAt(schema, '/extra-labels')).toEqual({ type: 'object', properties: { team: {} } });
    expect(schemaAt(schema, '/health/probe/path')).toEqual({});
    expect(schemaAt(schema, '/commented')).toBeUndefined();
    expect(chartDefaults(schema)).toEqual({ tls: { enabled: false } } satisfies Values);
  });

  test('merges the chart\'s own schema in, and leaves the chart\'s words out when asked', () => {
    const files = {
      'Chart.yaml': chartYaml,
      'values.yaml': '# Replica count.\nreplicas: 1\n',
      'values.schema.json': JSON.stringify({ type: 'object', properties: { replicas: { type: 'integer', minimum: 1, description: 'Pods.' }, mode: { enum: ['a', 'b'] } } }),
    };
    const withTexts = chart(files);
    const without = chart(files, { chartTexts: false });
    if (!withTexts.ok || !without.ok) throw new Error('not read');
    expect(withTexts.chart.schema.properties!['replicas']).toMatchObject({ description: 'Pods.', 'x-description-from-chart': true, minimum: 1, default: 1 });
    expect(without.chart.schema.properties!['replicas']).toEqual({ type: 'integer', default: 1, minimum: 1 });
    expect(without.chart.schema.properties!['mode']).toEqual({ enum: ['a', 'b'] });
  });

  test('gives each dependency chart its own section, described by the dependency', () => {
    const result = chart({
      'Chart.yaml': `${chartYaml}dependencies:\n  - name: cache\n    version: 1.0.0\n    alias: session-cache\n`,
      'values.yaml': 'session-cache:\n  enabled: false\n',
      'charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 1.0.0\ndescription: An in-memory cache.\n',
      'charts/cache/values.yaml': '# Turn the cache on.\nenabled: true\n',
    });
    if (!result.ok) throw new Error(result.error);
    expect(schemaAt(result.chart.schema, '/session-cache')).toMatchObject({ 'x-section': 'session-cache', description: 'An in-memory cache.' });
    expect(schemaAt(result.chart.schema, '/session-cache/enabled')).toMatchObject({ description: 'Turn the cache on.', default: false });
  });

  test('a chart without Chart.yaml, or with a values.yaml that does not parse, is a message', () => {
    expect(chart({ 'values.yaml': 'a: 1\n' })).toMatchObject({ ok: false, error: expect.stringContaining('Chart.yaml') });
    expect(chart({ 'Chart.yaml': chartYaml, 'values.yaml': 'a: [1\n' })).toMatchObject({ ok: false, error: expect.stringContaining('values.yaml') });
  });
});
