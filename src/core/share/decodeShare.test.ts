import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeShare } from './decodeShare';
import { encodeShare, payloadOfJson } from './encodeShare';
import { shippedChartRef } from '../chart/ChartRef';

const text = 'global:\n  image:\n    registry: registry.corp.example.com/catalyst\ngateway:\n  tls:\n    enabled: true\n    existingSecret: catalyst-gateway-tls\n  ha:\n    enabled: true\ncleanup:\n  enabled: false\n';
const encoded = encodeShare({ chartRef: shippedChartRef('1.28.0'), text }, { includeSecrets: false, isSecret: () => false });
const good = encoded.ok ? encoded.payload : '';

function errorOf(payload: string): { code: string; error: string } {
  const result = decodeShare(payload);
  if (result.ok) throw new Error('expected a failure');
  return { code: result.code, error: result.error };
}

describe('opening a share link that cannot be used', () => {
  test('an empty link says it is empty', () => {
    expect(errorOf('')).toEqual({ code: 'empty', error: expect.stringContaining('empty') });
  });

  test('garbage is not taken for a share link', () => {
    expect(errorOf('hello world')).toEqual({ code: 'not-a-share-link', error: 'This is not a Catalyst Values Studio share link.' });
    expect(errorOf('/gateway/tls/existingSecret').code).toBe('not-a-share-link');
  });

  test('a link cut off when copied is reported as incomplete', () => {
    for (const cut of [good.length - 1, good.length - 7, Math.floor(good.length / 2), 8]) {
      expect(errorOf(good.slice(0, cut))).toEqual({ code: 'truncated', error: expect.stringContaining('incomplete') });
    }
  });

  test('a link with one character changed in the middle is caught as damaged, not opened as other values', () => {
    const middle = Math.floor(good.length / 2);
    const flipped = good.slice(0, middle) + (good[middle] === 'A' ? 'B' : 'A') + good.slice(middle + 1);
    const { code, error } = errorOf(flipped);
    expect(code).toBe('tampered');
    expect(error).toMatch(/damaged.*checksum/);
  });

  test('characters a link never has are reported as damage', () => {
    expect(errorOf(good.slice(0, 20) + '!' + good.slice(21)).code).toBe('damaged');
    expect(errorOf(good.slice(0, 20) + '+' + good.slice(21)).code).toBe('damaged');
  });

  test('an oversized link is refused before decoding', () => {
    const { code, error } = errorOf('v1.' + 'A'.repeat(70_000));
    expect(code).toBe('too-large');
    expect(error).toContain('65,536');
  });

  test('a link that would inflate past 1 MiB is refused (decompression bomb)', () => {
    const bomb = payloadOfJson(JSON.stringify({ chartVersion: '1.28.0', values: { padding: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const { code, error } = errorOf(bomb);
    expect(code).toBe('too-large');
    expect(error).toContain('1 MiB');
  });

  test('a link from a newer studio says so instead of failing blankly', () => {
    const { code, error } = errorOf('v4.' + good.slice(3));
    expect(code).toBe('newer-format');
    expect(error).toContain('newer Catalyst Values Studio');
    expect(errorOf('v0.' + good.slice(3)).code).toBe('unknown-format');
  });

  test('values that are not a mapping are refused', () => {
    expect(errorOf(payloadOfJson('{"chartVersion":"1.28.0","values":["a","b"]}'))).toEqual({
      code: 'wrong-shape',
      error: expect.stringContaining('values mapping'),
    });
    expect(errorOf(payloadOfJson('{"chartVersion":"1.28.0","values":"join_token: x"}')).code).toBe('wrong-shape');
    expect(errorOf(payloadOfJson('[1,2,3]')).code).toBe('wrong-shape');
  });

  test('a chart version that is not like 1.28.0 is refused', () => {
    for (const chartVersion of [128, 'latest', '1.28', '', null]) {
      const { code, error } = errorOf(payloadOfJson(JSON.stringify({ chartVersion, values: {} })));
      expect(code).toBe('wrong-shape');
      expect(error).toContain('1.28.0');
    }
  });

  test('contents that are not JSON are reported as damaged', () => {
    expect(errorOf(payloadOfJson('chartVersion: 1.28.0')).code).toBe('damaged');
  });

  test('any single changed character either fails clearly or still opens the same values', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(fc.integer({ min: 3, max: good.length - 1 }), fc.constantFrom(...alphabet), (at, ch) => {
        const result = decodeShare(good.slice(0, at) + ch + good.slice(at + 1));
        if (result.ok) expect(result.state).toEqual({ chartRef: shippedChartRef('1.28.0'), text });
      }),
      { numRuns: 500 },
    );
  });

  test('decoding never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => 'v1.' + s), fc.base64String().map((s) => 'v1.' + s.replace(/=+$/, ''))), (text) => {
        const result = decodeShare(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
