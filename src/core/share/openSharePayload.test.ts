import { describe, expect, test } from 'vitest';
import { broughtChartRef, chartRefText, parseChartRef, shippedChartRef } from '../chart/ChartRef';
import { decodeShare } from './decodeShare';
import { encodeShare, payloadOfJson } from './encodeShare';
import { openSharePayload } from './openSharePayload';

const noSecrets = { includeSecrets: false, isSecret: () => false };

/** A link whose header is the chart text given, well-formed or not, as another studio might have written it. */
function linkFor(chartVersion: string, text: string): string {
  const encoded = encodeShare({ chartRef: parseChartRef(chartVersion) ?? shippedChartRef(chartVersion), text }, noSecrets);
  if (!encoded.ok) throw new Error('the text should parse');
  return encoded.payload;
}

describe('a share link made on a chart the sender brought', () => {
  test('names the chart by its key and opens the values on it', () => {
    const key = chartRefText(broughtChartRef('redos', '1.0.0'));
    expect(openSharePayload(linkFor(key, 'name: release-a\n'))).toEqual({ ok: true, chartRef: broughtChartRef('redos', '1.0.0'), text: 'name: release-a\n' });
  });

  test('never carries the chart: an archive or an address put into an old-format link is not read', () => {
    const payload = payloadOfJson(
      JSON.stringify({ chartVersion: chartRefText(broughtChartRef('demo', '2.0.0')), values: { a: 1 }, archive: 'H4sIAAAAAAAAA+3BAQ0AAADCoPdPbQ8HFAAAAAAAAAAAAAAAAAAAAA==', chartUrl: 'https://charts.example.com/demo-2.0.0.tgz' }),
    );
    expect(decodeShare(payload)).toEqual({ ok: true, state: { chartRef: broughtChartRef('demo', '2.0.0'), text: 'a: 1\n' } });
  });

  test('a key with a line break, or an empty name or version, is refused', () => {
    for (const chartVersion of ['yours:demo\n# injected@1.0.0', 'yours:@1.0.0', 'yours:demo@', 'yours:demo@1.0.0 evil']) {
      expect(openSharePayload(payloadOfJson(JSON.stringify({ chartVersion, values: {} })))).toEqual({ ok: false, error: expect.stringContaining('no valid chart version') });
    }
    for (const chartVersion of ['yours:@1.0.0', 'yours:demo@', 'yours:demo@1.0.0 evil']) {
      expect(openSharePayload(linkFor(chartVersion, 'a: 1\n'))).toEqual({ ok: false, error: expect.stringContaining('no valid chart version') });
    }
  });
});
