import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { parseValues } from '../yaml/parseValues';
import { printValues } from '../yaml/printValues';
import { decodeShare } from './decodeShare';
import { encodeShare, payloadOfJson } from './encodeShare';
import { payloadFromUrl, shareUrl } from './shareUrl';
import { shippedChartRef } from '../chart/ChartRef';

const values: Values = {
  global: { image: { registry: 'registry.corp.example.com/catalyst', imagePullSecrets: [{ name: 'corp-registry' }] } },
  gateway: { tls: { enabled: true, existingSecret: 'catalyst-gateway-tls' }, ha: { enabled: true, minReplicas: 3 } },
  agent: { podAnnotations: { 'prometheus.io/scrape': 'true' } },
  cleanup: { enabled: false },
};
const text = printValues(values);
const encoded = encodeShare({ chartRef: shippedChartRef('1.28.0'), text }, { includeSecrets: false, isSecret: () => false });
if (!encoded.ok) throw new Error('the values do not print as a file that parses');
const link = shareUrl('https://studio.example.com/', encoded.payload);

/** What chat tools, mail clients and hurried hands do to a link. */
type Damage =
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'upper' | 'lower' | 'percentEncode' | 'wrap'; at: number };

const at = fc.double({ min: 0, max: 1, noNaN: true });
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at }),
  fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(fc.constantFrom(' ', '\n', '%20', '=', '+', '/', '&', '#share=', '<script>', '>', '…'), fc.string({ unit: 'binary', maxLength: 4 })) }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constantFrom('upper' as const, 'lower' as const, 'percentEncode' as const, 'wrap' as const), at }),
);

function damaged(text: string, damages: readonly Damage[]): string {
  let out = text;
  for (const d of damages) {
    const i = Math.floor(d.at * out.length);
    if (d.kind === 'cut') out = out.slice(0, i);
    else if (d.kind === 'insert') out = out.slice(0, i) + d.text + out.slice(i);
    else if (d.kind === 'delete') out = out.slice(0, i) + out.slice(i + d.length);
    else if (d.kind === 'duplicate') out = out.slice(0, i + d.length) + out.slice(i, i + d.length) + out.slice(i + d.length);
    else if (d.kind === 'upper') out = out.slice(0, i) + out.slice(i).toUpperCase();
    else if (d.kind === 'lower') out = out.slice(0, i) + out.slice(i).toLowerCase();
    else if (d.kind === 'percentEncode') out = out.slice(0, i) + out.slice(i).replace(/[^A-Za-z0-9]/g, (c) => (c.charCodeAt(0) < 0x80 ? '%' + c.charCodeAt(0).toString(16).padStart(2, '0') : c));
    else out = out.slice(0, i) + '\n' + out.slice(i);
  }
  return out;
}

describe('share links from chat', () => {
  test('a link damaged in transit opens the values it was made with, or says what is wrong', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 5 }), (damages) => {
        const url = damaged(link, damages);
        const payload = payloadFromUrl(url);
        if (payload === null) return;
        const result = decodeShare(payload);
        if (result.ok) expect(result.state).toEqual({ chartRef: shippedChartRef('1.28.0'), text });
        else expect(result.error).toMatch(/share link/);
      }),
      { numRuns: 1000 },
    );
  });

  test('whatever follows #share= in an address ends as values or a message, never an exception', () => {
    const address = fc.oneof(
      fc.string({ unit: 'binary' }).map((s) => `https://studio.example.com/#share=${s}`),
      fc.string({ unit: 'binary' }).map((s) => `https://studio.example.com/#share=v1.${s}`),
      fc.webUrl({ withFragments: true, withQueryParameters: true }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(address, (url) => {
        const payload = payloadFromUrl(url);
        if (payload === null) return;
        const result = decodeShare(payload);
        expect(result.ok || result.error.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('a well-formed v1 link around any JSON opens only a values mapping, as a file that reads back to the same values', () => {
    const anyJson = fc.oneof(
      fc.jsonValue(),
      fc.record({ chartVersion: fc.constantFrom('1.28.0', '1.90.0', '1.28.0-rc.1+build.5'), values: fc.jsonValue() }),
      fc.record({ chartVersion: fc.constant('1.28.0'), values: fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ maxDepth: 3 })) }),
    );
    fc.assert(
      fc.property(anyJson, (json) => {
        const result = decodeShare(payloadOfJson(JSON.stringify(json)));
        if (!result.ok) {
          expect(result.code).toBe('wrong-shape');
          return;
        }
        const parsed = parseValues(result.state.text);
        if (!parsed.ok) throw new Error(`opened values do not read as a file: ${parsed.issues[0]?.message}`);
        expect(parsed.values).toEqual((JSON.parse(JSON.stringify(json)) as { values: unknown }).values);
      }),
      { numRuns: 300 },
    );
  });

  test('JSON text no encoder writes (huge numbers, deep arrays, duplicate fields) still ends in values or a message', () => {
    const crafted = fc.oneof(
      fc.constantFrom(
        '{"chartVersion":"1.28.0","values":{"a":1e400}}',
        '{"chartVersion":"1.28.0","values":{"a":-0}}',
        '{"chartVersion":"1.28.0","values":{"a":1},"values":[]}',
        '{"chartVersion":"1.28.0","chartVersion":"../../etc","values":{}}',
        '{"chartVersion":"1.28.0","values":{"__proto__":{"polluted":true}}}',
      ),
      fc.integer({ min: 1, max: 20_000 }).map((depth) => `{"chartVersion":"1.28.0","values":{"a":${'['.repeat(depth)}${']'.repeat(depth)}}}`),
      fc.integer({ min: 1, max: 20_000 }).map((depth) => `{"chartVersion":"1.28.0","values":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(crafted, (json) => {
        const result = decodeShare(payloadOfJson(json));
        if (!result.ok) return;
        const parsed = parseValues(result.state.text);
        if (!parsed.ok) expect(parsed.issues.some((i) => i.severity === 'error' && i.line >= 1)).toBe(true);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
