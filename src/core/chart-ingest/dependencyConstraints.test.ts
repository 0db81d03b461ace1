import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { helmBinary } from '../../test-support/helmBinary';
import { checkValuesText } from '../validate/checkValuesText';
import { dependencyRule } from './dependencyConstraints';

const run = promisify(execFile);

/** Values under the collectors' keys: what the collector chart's own schema says of them, on and off. */
const cases: Record<string, { text: string; section: string }> = {
  'a misspelt key of the enabled deployment collector': { text: 'opentelemetry-deployment:\n  enabled: true\n  nodeselector:\n    pool: otel\n', section: '/opentelemetry-deployment' },
  'the same key while that collector is off': { text: 'opentelemetry-deployment:\n  nodeselector:\n    pool: otel\n', section: '/opentelemetry-deployment' },
  'a replica count in words on the enabled daemonset collector': { text: 'opentelemetry-daemonset:\n  enabled: true\n  replicaCount: two\n', section: '/opentelemetry-daemonset' },
  'a wrong-typed value of the collector chart the catalyst chart does not list': { text: 'opentelemetry-deployment:\n  enabled: true\n  hostNetwork: "yes"\n', section: '/opentelemetry-deployment' },
  'the enabled collector with values its chart takes': { text: 'opentelemetry-deployment:\n  enabled: true\n  hostNetwork: false\n  nodeSelector:\n    pool: otel\n', section: '/opentelemetry-deployment' },
};

const versions = ['1.28.0', '1.90.0'];
const charts = new Map<string, Chart>();
const helmRefused = new Map<string, string | undefined>();
let scratch = '';

beforeAll(async () => {
  const helm = helmBinary();
  scratch = mkdtempSync(join(tmpdir(), 'dependency-schema-'));
  for (const version of versions) charts.set(version, await compileShippedChart(version));
  await Promise.all(
    versions.flatMap((version) =>
      Object.entries(cases).map(async ([name, { text }], index) => {
        const file = join(scratch, `${version}-${index}.yaml`);
        writeFileSync(file, text);
        const archive = `../shared/chart/${version}/catalyst-${version}.tgz`;
        try {
          await run(helm, ['template', 'r', archive, '-f', file, '--set', 'join_token=given'], { timeout: 60_000 });
          helmRefused.set(`${version} ${name}`, undefined);
        } catch (error) {
          const stderr = (error as { stderr?: string }).stderr;
          if (stderr === undefined) throw error;
          helmRefused.set(`${version} ${name}`, stderr);
        }
      }),
    ),
  );
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.each(versions)('a collector\'s own schema on chart %s', (version) => {
  test.each(Object.keys(cases))('%s: an error at the value exactly where Helm refuses it', (name) => {
    const { text, section } = cases[name]!;
    const refusal = helmRefused.get(`${version} ${name}`);
    const { diagnostics } = checkValuesText(text, charts.get(version)!, { joinToken: 'install' });
    const errors = diagnostics.filter((d) => d.severity === 'error' && (d.pointer === section || d.pointer.startsWith(`${section}/`)));
    if (refusal === undefined) {
      expect(errors).toEqual([]);
    } else {
      expect(refusal).toContain(section.slice(1));
      expect(errors.length, refusal).toBeGreaterThan(0);
    }
  });
});

describe('a dependency\'s schema as a rule', () => {
  const schema = JSON.stringify({ $schema: 'http://json-schema.org/schema#', $defs: { port: { type: 'integer' } }, type: 'object', additionalProperties: false, required: ['mode'], properties: { enabled: { type: 'boolean', description: 'x' }, port: { $ref: '#/$defs/port' } } });

  test('applies while the dependency is not switched off, its references inlined and its words left out', () => {
    expect(dependencyRule(schema, 'addon', 'addon.enabled')).toEqual({
      $comment: "the addon chart's own values.schema.json, checked by Helm while it is enabled",
      if: { type: 'object', required: ['enabled'], properties: { enabled: { const: false } } },
      else: { type: 'object', additionalProperties: false, properties: { enabled: { type: 'boolean' }, port: { allOf: [{ type: 'integer' }] } } },
    });
  });

  test('is left out for a schema that refers outside itself, a condition elsewhere in the values, or text that is no JSON', () => {
    expect(dependencyRule(JSON.stringify({ properties: { a: { $ref: 'https://example.com/s.json' } } }), 'addon', undefined)).toBeUndefined();
    expect(dependencyRule(schema, 'addon', 'features.addon')).toBeUndefined();
    expect(dependencyRule('{', 'addon', undefined)).toBeUndefined();
  });
});
