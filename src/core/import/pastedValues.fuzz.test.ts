import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from '../diagnostics/Diagnostic';
import { presets } from '../presets/presets';
import { checkValuesText } from '../validate/checkValuesText';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { parseValues } from '../yaml/parseValues';
import { applyTextEdits } from './applyTextEdits';
import { buildImportReport } from './buildImportReport';

/**
 * Values files as users paste them: the studio's presets plus hand-written files with anchors, merge
 * keys, flow collections, block scalars, comments, CRLF and a second document. Every run mutates one.
 */
const handWritten = [
  `# eu-west-1 production
join_token: eyJhbGciOiJSUzI1NiJ9.cmVnaW9u.c2ln
defaults: &defaults
  resources:
    limits: { memory: 2Gi }
    requests: { cpu: 200m, memory: 1Gi }
agent:
  <<: *defaults
  replicaCount: 2
  tolerations: [ { key: dedicated, operator: Equal, value: catalyst, effect: NoSchedule } ]
management:
  <<: *defaults
gateway:
  tls:
    enabled: true
    existingSecret: catalyst-gateway-tls   # made by cert-manager
    cert: |
      -----BEGIN CERTIFICATE-----
      MIIBszCCAVmgAwIBAgIUJ
      -----END CERTIFICATE-----
  envoy:
    podAnnotations:
      "prometheus.io/scrape": "true"
      prometheus.io/port: '9901'
`,
  'global:\r\n  image:\r\n    registry: registry.corp.example.com/catalyst\r\n    imagePullSecrets:\r\n      - name: corp-registry\r\ncleanup:\r\n  enabled: no\r\n',
  `---
global:
  charts:
    registry: oci://charts.corp.example.com/diagrid/catalyst
    username: catalyst-bot
    password: "S3cr3t!pa$$"
---
piko:
  enabled: on
  httpproxy:
    upstreamHostName: apps.example.internal
...
`,
];
const realistic = [...presets.map((p) => p.text), ...handWritten];

/** What people and chat tools add to YAML by accident, and the constructs that stress a YAML reader. */
const fragments = [
  '&a ', '*a', '*nope', '<<: *a\n', '<<: ', '!!str ', '!!int ', '!!binary ', '!!map ', '!!seq ', '!custom ', '!<tag:x> ',
  '{', '}', '[', ']', ',', ': ', ':', '- ', '? ', '#', '"', "'", '|', '>-', '%YAML 1.1\n', '---\n', '...\n', '\t', '\n', '\r\n',
  '\\', '@', '`', '~', '.inf', '.nan', '0x1F', '1e400', '9223372036854775808', '__proto__: ', 'constructor: ', '\uFEFF', '\u0000',
  '\u0085', '\u2028', '\uD800', '😀', '<script>alert(1)</script>',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'duplicateLine' | 'deleteLine' | 'tabIndent' | 'indentMore' | 'indentLess'; line: number }
  | { kind: 'swapLines'; line: number; other: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'binary', maxLength: 3 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constantFrom('duplicateLine' as const, 'deleteLine' as const, 'tabIndent' as const, 'indentMore' as const, 'indentLess' as const), line: position }),
  fc.record({ kind: fc.constant('swapLines' as const), line: position, other: position }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    if (m.kind === 'insert' || m.kind === 'delete' || m.kind === 'duplicate') {
      const at = Math.floor(m.at * out.length);
      if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
      else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
      else out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
      continue;
    }
    const lines = out.split('\n');
    const i = Math.min(Math.floor(m.line * lines.length), lines.length - 1);
    const line = lines[i] ?? '';
    if (m.kind === 'duplicateLine') lines.splice(i, 0, line);
    else if (m.kind === 'deleteLine') lines.splice(i, 1);
    else if (m.kind === 'tabIndent') lines[i] = line.replace(/^ {1,2}/, '\t');
    else if (m.kind === 'indentMore') lines[i] = '  ' + line;
    else if (m.kind === 'indentLess') lines[i] = line.replace(/^ {1,2}/, '');
    else if (m.kind === 'swapLines') {
      const j = Math.min(Math.floor(m.other * lines.length), lines.length - 1);
      lines[i] = lines[j] ?? '';
      lines[j] = line;
    }
    out = lines.join('\n');
  }
  return out;
}

const pastedText = fc.tuple(fc.constantFrom(...realistic), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([base, ms]) => mutate(base, ms));

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

/** Every diagnostic points at a real place in the text the user sees. */
function expectPlaced(diagnostics: readonly Diagnostic[], text: string): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.message).not.toBe('');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

let chart: Chart;
beforeAll(async () => {
  chart = await compileShippedChart('1.28.0');
});

describe('values pasted from anywhere', () => {
  test('every mutated values file either opens or says why, at a line of the file', () => {
    fc.assert(
      fc.property(pastedText, (text) => {
        const result = parseValues(text);
        if (result.ok) {
          expect(Object.getPrototypeOf(result.values)).toBe(Object.prototype);
          expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
          expect(typeof result.document.toString()).toBe('string');
        } else {
          expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
        }
        expectPlaced(result.issues, text);
      }),
      { numRuns: 300 },
    );
  });

  test('the editor check of a mutated file gives values or an error, never an exception', () => {
    fc.assert(
      fc.property(pastedText, (text) => {
        const result = checkValuesText(text, chart);
        if (result.document === undefined) {
          expect(result.userValues).toEqual({});
          expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        }
        expect(result.values).toBeTypeOf('object');
        expectPlaced(result.diagnostics, text);
      }),
      { numRuns: 120 },
    );
  });

  test('the import report of a mutated file sorts every problem, and each offered fix applies cleanly', () => {
    fc.assert(
      fc.property(pastedText, (text) => {
        const report = buildImportReport(text, chart);
        if (!report.parses) expect(report.yamlErrors.length).toBeGreaterThan(0);
        else expect(report.yamlErrors.filter((d) => d.severity === 'error')).toEqual([]);
        expectPlaced([...report.yamlErrors, ...report.schemaErrors, ...report.unknownKeys, ...report.warnings], text);
        for (const fix of report.fixes) {
          expect(fix.edits.length).toBeGreaterThan(0);
          const fixed = applyTextEdits(text, fix.edits);
          expect(fixed).not.toBe(text);
          const after = buildImportReport(fixed, chart);
          expectPlaced([...after.yamlErrors, ...after.schemaErrors, ...after.unknownKeys, ...after.warnings], fixed);
        }
      }),
      { numRuns: 80 },
    );
  });

  test('no pasted key reaches Object.prototype', () => {
    fc.assert(
      fc.property(pastedText, fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'), (text, key) => {
        const poisoned = `${key}:\n  polluted: true\n  ${key}:\n    polluted: true\n${text}`;
        buildImportReport(poisoned, chart);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});
