import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test, expect } from 'vitest';
import type { JsonSchema } from '../src/core/schema/JsonSchema';
import { compileChart } from '../src/core/chart/compileChart';
import { createChart } from '../src/core/chart/createChart';
import { shippedChartRef } from '../src/core/chart/ChartRef';
import { generatedCompiler, type GeneratedValidators } from '../src/core/validate/SchemaCompiler';
import { checkValuesText } from '../src/core/validate/checkValuesText';
import { generateValidatorModule, generateValidatorScript } from './generateValidatorModule';
import { Script } from 'node:vm';
import { chartFormatDefinitions } from '../src/core/schema/formats';
import { templateErrors } from '../src/core/validate/templateErrors';

const schema = JSON.parse(readFileSync(new URL('../schemas/catalyst/1.28.0/values.schema.json', import.meta.url), 'utf8')) as JsonSchema;

const samples = [
  '',
  'join_token: x\n',
  'join_token: x\nglobal:\n  secrets:\n    provider: aws_secretmanager\n',
  'join_token: x\nglobal:\n  secrets:\n    provider: aws\n  image:\n    registry: reg.example.com\nagent:\n  config:\n    otel: null\n',
  'join_token: x\ngateway:\n  tls:\n    enabled: true\n    enbled: true\n',
  'join_token: x\nagent:\n  config:\n    project:\n      blocked_cidrs: [10.0.0.0/33]\n      ingress_tls_secret_name: "{{ .Values.nope.x }}"\n  patch:\n    env: {A: 1}\n',
  // A run-time check that holds only while its add-on is off: its condition is a generated validator too.
  'join_token: x\nopentelemetry-deployment:\n  ports:\n    otlp:\n      containerPort: "4317"\n',
];

describe('validators generated at build time', () => {
  test('judge exactly as the validators compiled at run time, without require or eval', async () => {
    const source = generateValidatorModule(schema, {
      formats: pathToFileURL(join(process.cwd(), 'src/core/schema/formats.ts')).href,
      templateErrors: pathToFileURL(join(process.cwd(), 'src/core/validate/templateErrors.ts')).href,
      schema: pathToFileURL(join(process.cwd(), 'schemas/catalyst/1.28.0/values.schema.json')).href,
    });
    expect(source).not.toMatch(/\brequire\(|new Function|\beval\(/);
    // The chart schema is imported, not written out a second time (its errorMessage texts are read from it).
    expect(source).not.toContain(JSON.stringify(schema).slice(0, 300));
    const file = join(mkdtempSync(join(tmpdir(), 'validators-')), 'validators.ts');
    writeFileSync(file, source);
    const generated = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as GeneratedValidators;

    const atRunTime = compileChart(shippedChartRef('1.28.0'), schema);
    const ahead = createChart(shippedChartRef('1.28.0'), schema, generatedCompiler(generated));
    for (const text of samples) {
      expect(checkValuesText(text, ahead).diagnostics).toEqual(checkValuesText(text, atRunTime).diagnostics);
    }
    // The template that reads a missing value and the patch map; the malformed CIDR is only a warning.
    expect(checkValuesText(samples[5] ?? '', ahead).diagnostics.filter((d) => d.severity === 'error')).toHaveLength(2);
    expect(checkValuesText(samples[6] ?? '', ahead).diagnostics).toMatchObject([{ severity: 'warning', pointer: '/opentelemetry-deployment/ports/otlp/containerPort' }]);
  });

  test('as the command line\'s script, judge exactly as the validators compiled at run time', async () => {
    const { script, runtimeHelpers } = generateValidatorScript(schema);
    expect(script).not.toMatch(/\brequire\(|\bimport\b|\bexport\b|new Function|\beval\(/);
    expect(script).not.toContain(JSON.stringify(schema).slice(0, 300));
    // A CommonJS helper's `exports.default`, however this loader hands CommonJS to ESM.
    const defaultExport = (namespace: { default?: { __esModule?: boolean; default?: unknown } }) => (namespace.default?.__esModule ? namespace.default.default : namespace.default);
    const ajvRuntime = Object.fromEntries(await Promise.all(runtimeHelpers.map(async (specifier) => [specifier, defaultExport(await import(/* @vite-ignore */ specifier))] as const)));
    const run = new Script(script).runInThisContext() as (...args: unknown[]) => GeneratedValidators;
    const generated = run(chartFormatDefinitions, templateErrors, schema, ajvRuntime);

    const atRunTime = compileChart(shippedChartRef('1.28.0'), schema);
    const ahead = createChart(shippedChartRef('1.28.0'), schema, generatedCompiler(generated));
    for (const text of samples) {
      expect(checkValuesText(text, ahead).diagnostics).toEqual(checkValuesText(text, atRunTime).diagnostics);
    }
    expect(checkValuesText(samples[5] ?? '', ahead).diagnostics.filter((d) => d.severity === 'error')).toHaveLength(2);
  });
});
