import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../diagnostics/Diagnostic';
import { parseValues } from '../yaml/parseValues';
import { markerRange, markerRangesIn } from './markerRange';

function diagnostic(partial: Partial<Diagnostic> & Pick<Diagnostic, 'line' | 'column'>): Diagnostic {
  return { pointer: '', severity: 'error', message: 'm', source: 'schema', ...partial };
}

describe('markerRange', () => {
  test('an unknown key underlines the key', () => {
    const text = 'gateway:\n  tls:\n    enbled: true\n';
    expect(markerRange(text, diagnostic({ line: 3, column: 5, pointer: '/gateway/tls/enbled', source: 'unknown-key', severity: 'warning' }))).toEqual({
      startLine: 3,
      startColumn: 5,
      endLine: 3,
      endColumn: 11,
    });
  });

  test('a wrong value underlines the value, not its comment', () => {
    const text = 'agent:\n  service:\n    port: 70000 # public\n';
    expect(markerRange(text, diagnostic({ line: 3, column: 5, pointer: '/agent/service/port' }))).toEqual({ startLine: 3, startColumn: 11, endLine: 3, endColumn: 16 });
  });

  test('a quoted value is underlined with its quotes', () => {
    const text = 'global:\n  secrets:\n    provider: "aws_secretmanager"\n';
    expect(markerRange(text, diagnostic({ line: 3, column: 5, pointer: '/global/secrets/provider' }))).toMatchObject({ startColumn: 15, endColumn: 34 });
  });

  test('a problem with a missing child underlines the parent key it was placed on', () => {
    const text = 'gateway:\n  tls:\n    enabled: true\n';
    expect(markerRange(text, diagnostic({ line: 2, column: 3, pointer: '/gateway/tls/cert', source: 'rule' }))).toEqual({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 6 });
  });

  test('a syntax error at the end of a line underlines its last character', () => {
    const text = 'global: [\n';
    expect(markerRange(text, diagnostic({ line: 1, column: 10, source: 'yaml' }))).toEqual({ startLine: 1, startColumn: 9, endLine: 1, endColumn: 10 });
  });

  test('a key missing at the top level marks one column at the start, not the unrelated first key', () => {
    const text = 'gateway:\n  tls:\n    enabled: true\n';
    expect(markerRange(text, diagnostic({ line: 1, column: 1, pointer: '/join_token', source: 'rule' }))).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
  });

  test('an empty document still gets a one-column marker', () => {
    expect(markerRange('', diagnostic({ line: 1, column: 1, pointer: '/join_token' }))).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
  });

  test('one text with many syntax errors: each range is the one markerRange gives, on its own line', () => {
    const text = Array.from({ length: 300 }, (_, i) => `\tkey${i}: 1`).join('\n');
    const parsed = parseValues(text);
    expect(parsed.ok).toBe(false);
    const issues = parsed.ok ? [] : parsed.issues;
    expect(issues.length).toBeGreaterThanOrEqual(300);
    const rangeOf = markerRangesIn(text);
    for (const issue of issues) expect(rangeOf(issue)).toEqual(markerRange(text, issue));
    expect(new Set(issues.map((issue) => rangeOf(issue).startLine)).size).toBe(300);
  });
});
