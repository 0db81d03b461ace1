import { beforeAll, describe, expect, test } from 'vitest';
import { decodeShare } from '../share/decodeShare';
import { encodeShare, payloadOfJson } from '../share/encodeShare';
import { checkValuesText } from '../validate/checkValuesText';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { parseValues } from '../yaml/parseValues';
import { printValues } from '../yaml/printValues';
import { applyTextEdits } from './applyTextEdits';
import { buildImportReport } from './buildImportReport';

/**
 * Nasty inputs, each through the path a user takes: the Open dialog (buildImportReport), the editor
 * (checkValuesText) or a link (decodeShare). The parser's own hostile-input tests cover parseValues alone.
 */
let chart: Chart;
beforeAll(async () => {
  chart = await compileShippedChart('1.28.0');
});

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * Inputs built to make a parser work exponentially (alias bombs, deep nesting, huge files) must finish at all:
 * a test that runs past this fails. How fast they finish is the benchmark's business, not a unit test's, on a
 * machine shared with other work.
 */
const finishesWithin = 60_000;

describe('opening a hostile file', { timeout: finishesWithin }, () => {
  test('an alias bomb cannot be opened, and the report says so', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    const report = buildImportReport(lines.join('\n'), chart);
    expect(report.parses).toBe(false);
    expect(report.yamlErrors[0]?.message).toMatch(/alias bomb/);
  });

  test('aliases that expand to just under the limit still open and are checked', () => {
    const anchor = 'base: &big {' + Array.from({ length: 1000 }, (_, i) => `k${i}: v`).join(', ') + '}\n';
    const text = anchor + Array.from({ length: 95 }, (_, i) => `copy${i}: *big`).join('\n') + '\n';
    const report = buildImportReport(text, chart);
    expect(report.parses).toBe(true);
    expect(report.unknownKeys.map((d) => d.pointer)).toContain('/copy94');
  });

  test('a 10 MB file is refused, and any fix it offers has a short name', () => {
    const text = 'agent:\n  tolerations:\n' + '    - "x",\n'.repeat(1_000_000);
    expect(text.length).toBeGreaterThan(10_000_000);
    const report = buildImportReport(text, chart);
    expect(report.parses).toBe(false);
    expect(report.yamlErrors).toHaveLength(1);
    expect(report.yamlErrors[0]?.message).toMatch(/too large/);
    for (const fix of report.fixes) expect(fix.title.length).toBeLessThan(200);
  });

  test('a large file full of syntax errors is reported, with one fix for every line', () => {
    const text = 'agent:\n  tolerations:\n' + '    - "x",\n'.repeat(100_000);
    const report = buildImportReport(text, chart);
    expect(report.parses).toBe(false);
    expect(report.yamlErrors[0]?.line).toBe(3);
    const commas = report.fixes.find((f) => f.id === 'trailing-commas');
    expect(commas?.title).toBe('Remove the trailing commas after list items (lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 99,990 more)');
  });

  test('10,000 levels of nesting, in the editor and the Open dialog, are refused as too deep', () => {
    for (const text of ['a: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000), 'a:\n  ' + '- '.repeat(10_000) + 'x\n']) {
      const check = checkValuesText(text, chart);
      expect(check.document).toBeUndefined();
      expect(check.diagnostics[0]?.message).toMatch(/nesting too deep/);
      expect(buildImportReport(text, chart).parses).toBe(false);
    }
  });

  test('binary content and lone surrogates from a bad decode are errors at their line in the editor', () => {
    const check = checkValuesText('cleanup:\n  enabled: false\nnameOverride: "caf\uDC80"\n', chart);
    expect(check.document).toBeUndefined();
    expect(check.diagnostics[0]).toMatchObject({ line: 3, severity: 'error' });
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    const report = buildImportReport(png, chart);
    expect(report.parses).toBe(false);
    expect(report.yamlErrors.length).toBeLessThanOrEqual(5);
    expect(report.yamlErrors[0]?.message).toMatch(/binary file, or not UTF-8/);
  });

  test('a BOM and CRLF line ends do not shift the offered fixes', () => {
    const text = '\uFEFFglobal:\r\n  secrets:\r\n    provider: "aws_secretmanager"\r\n    aws:\r\n      region: us-east-1\r\nagent:\r\n  tolerations:\r\n    - a,\r\n';
    const report = buildImportReport(text, chart);
    const useAws = report.fixes.find((f) => f.id === 'value:/global/secrets/provider');
    if (!useAws) throw new Error('no fix for the provider');
    const fixed = applyTextEdits(text, useAws.edits);
    expect(fixed).toBe(text.replace('"aws_secretmanager"', '"aws"'));
    const commas = report.fixes.find((f) => f.id === 'trailing-commas');
    if (!commas) throw new Error('no fix for the comma');
    expect(applyTextEdits(text, commas.edits)).toBe(text.replace('- a,\r\n', '- a\r\n'));
  });

  test('tabs used for indentation are an error at their line; a tab inside a value is kept', () => {
    const report = buildImportReport('gateway:\n  tls:\n\tenabled: true\n', chart);
    expect(report.parses).toBe(false);
    expect(report.yamlErrors[0]).toMatchObject({ line: 3 });
    expect(report.yamlErrors[0]?.message).toMatch(/tabs are not allowed/);
    const check = checkValuesText('gateway:\n  tls:\n    existingSecret: "a\tb"\n', chart);
    expect(check.userValues).toEqual({ gateway: { tls: { existingSecret: 'a\tb' } } });
  });

  test('a multi-document file opens merged, with a warning, and a fix edits the document Helm reads last', () => {
    const text = 'global:\n  secrets:\n    provider: vault\n---\nglobal:\n  secrets:\n    provider: aws_secretmanager\n    aws:\n      region: us-east-1\n';
    const report = buildImportReport(text, chart);
    expect(report.parses).toBe(true);
    expect(report.warnings.map((d) => d.message).join('\n')).toMatch(/2 YAML documents/);
    const useAws = report.fixes.find((f) => f.id === 'value:/global/secrets/provider');
    if (!useAws) throw new Error('no fix for the provider');
    expect(applyTextEdits(text, useAws.edits)).toBe(text.replace('provider: aws_secretmanager', 'provider: aws'));
  });

  test('with duplicate keys, the warning names the later one and a fix edits the one Helm uses', () => {
    const text = 'global:\n  secrets:\n    provider: aws\n    provider: aws_secretmanager\n    aws:\n      region: us-east-1\n';
    const report = buildImportReport(text, chart);
    expect(report.warnings.find((d) => /duplicate key "provider"/.test(d.message))).toMatchObject({ line: 4 });
    const useAws = report.fixes.find((f) => f.id === 'value:/global/secrets/provider');
    if (!useAws) throw new Error('no fix for the provider');
    expect(applyTextEdits(text, useAws.edits)).toBe(text.replace('provider: aws_secretmanager', 'provider: aws'));
  });

  test('__proto__, constructor and prototype keys are reported as unknown keys and touch no prototype', () => {
    const text = '__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\ngateway:\n  __proto__:\n    tls:\n      enabled: true\n  prototype: x\n';
    const report = buildImportReport(text, chart);
    expect(report.parses).toBe(true);
    expect(report.unknownKeys.map((d) => d.pointer)).toEqual(expect.arrayContaining(['/__proto__', '/constructor', '/gateway/__proto__', '/gateway/prototype']));
    const check = checkValuesText(text, chart);
    expect(Object.getPrototypeOf(check.userValues['gateway'])).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a 1 MB string value opens intact and is checked', () => {
    const big = '<b>'.repeat(350_000);
    const text = `gateway:\n  tls:\n    existingSecret: "${big}"\n`;
    const check = checkValuesText(text, chart);
    expect(check.document).toBeDefined();
    expect((check.userValues['gateway'] as { tls: { existingSecret: string } }).tls.existingSecret).toBe(big);
  });

  test('HTML and script in keys and values are kept as the exact text and reported at their keys', () => {
    const text = 'nameOverride: "<img src=x onerror=alert(1)>"\n"<script>alert(2)</script>": 1\nglobal:\n  secrets:\n    provider: "<svg onload=alert(3)>"\n';
    const report = buildImportReport(text, chart);
    const values = checkValuesText(text, chart).userValues;
    expect(values['nameOverride']).toBe('<img src=x onerror=alert(1)>');
    expect(Object.keys(values)).toContain('<script>alert(2)</script>');
    expect(report.unknownKeys.map((d) => d.pointer)).toContain('/<script>alert(2)<~1script>');
    expect(report.schemaErrors.some((d) => d.pointer === '/global/secrets/provider')).toBe(true);
  });
});

describe('opening a hostile link', { timeout: finishesWithin }, () => {
  const good = payloadOfJson(JSON.stringify({ chartVersion: '1.28.0', values: { gateway: { tls: { enabled: true } } } }));

  test('a link carrying markup instead of a payload is refused, and the message does not repeat the markup', () => {
    for (const payload of ['<script>alert(1)</script>', 'v1.<img src=x onerror=alert(1)>', 'v1.' + good.slice(3, 20) + '"><script>alert(1)</script>', 'javascript:alert(1)']) {
      const result = decodeShare(payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).not.toMatch(/[<>]|alert/);
    }
  });

  test('a link naming a chart version with markup in it is refused', () => {
    const result = decodeShare(payloadOfJson(JSON.stringify({ chartVersion: '1.28.0<img src=x onerror=alert(1)>', values: {} })));
    expect(result).toMatchObject({ ok: false, code: 'wrong-shape' });
  });

  test('a link nesting values 100,000 levels deep is refused instead of breaking the page that prints them', () => {
    const deep = `{"chartVersion":"1.28.0","values":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const payload = payloadOfJson(deep);
    expect(payload.length).toBeLessThan(2000);
    const result = decodeShare(payload);
    expect(result).toMatchObject({ ok: false, code: 'wrong-shape' });
    if (!result.ok) expect(result.error).toMatch(/levels deep/);
  });

  test('a link with values as deep as a file may be opens and prints as a file that reads back', () => {
    const depth = 400;
    const values: unknown = JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    const result = decodeShare(payloadOfJson(JSON.stringify({ chartVersion: '1.28.0', values })));
    if (!result.ok) throw new Error(result.error);
    const parsed = parseValues(result.state.text);
    expect(parsed.ok && parsed.values).toEqual(values);
  });

  test('a link whose values hold characters a file cannot hold raw opens as a file that reads back', () => {
    const values = { nameOverride: 'tab\there del\u007F nel\u0085 c1\u0090 bom\uFEFF', '\uFEFFkey': 'x' };
    const result = decodeShare(payloadOfJson(JSON.stringify({ chartVersion: '1.28.0', values })));
    if (!result.ok) throw new Error(result.error);
    const parsed = parseValues(result.state.text);
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
    expect(parsed.values).toEqual(values);
  });
});
