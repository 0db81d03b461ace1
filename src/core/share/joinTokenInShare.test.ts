import { describe, expect, test } from 'vitest';
import { encodeShare, payloadOfJson } from './encodeShare';
import { openSharePayload } from './openSharePayload';
import { shippedChartRef } from '../chart/ChartRef';

const isSecret = (pointer: string) => pointer === '/join_token';

describe('where the join token comes from, in a share link', () => {
  test('travels with the values, while the token itself stays out', () => {
    const shared = encodeShare({ chartRef: shippedChartRef('1.90.0'), text: 'join_token: eyJhbGciOi.example\ncleanup:\n  enabled: false\n', joinToken: 'file' }, { includeSecrets: false, isSecret });
    if (!shared.ok) throw new Error('not shared');
    expect(shared.omitted).toEqual(['/join_token']);
    const opened = openSharePayload(shared.payload);
    expect(opened).toMatchObject({ ok: true, joinTokenSource: 'file' });
    expect(JSON.stringify(opened)).not.toContain('eyJhbGciOi');
  });

  test('a link without it, or with a source this studio does not know, opens with the token given at install', () => {
    const withoutSource = encodeShare({ chartRef: shippedChartRef('1.90.0'), text: 'cleanup:\n  enabled: false\n' }, { includeSecrets: false, isSecret });
    if (!withoutSource.ok) throw new Error('not shared');
    expect(openSharePayload(withoutSource.payload)).not.toHaveProperty('joinTokenSource');
    for (const json of ['{"chartVersion":"1.90.0","values":{}}', '{"chartVersion":"1.90.0","values":{},"joinToken":"vault"}']) {
      const opened = openSharePayload(payloadOfJson(json));
      expect(opened.ok).toBe(true);
      expect(opened).not.toHaveProperty('joinTokenSource');
    }
  });
});
