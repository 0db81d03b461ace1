import { describe, expect, test } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { decodeShare } from './decodeShare';
import { encodeShare } from './encodeShare';
import { shareUrl } from './shareUrl';
import { presets } from '../presets/presets';
import { loadChartSchema } from '../schema/chartCatalog';
import { isSecretPointer } from '../secrets/isSecretPointer';
import { SHARE_DICTIONARY_V2 } from './shareDictionary';
import { toBase64Url } from './base64url';
import { crc32 } from './crc32';
import { shippedChartRef } from '../chart/ChartRef';

const isSecret = (pointer: string) => pointer === '/join_token' || pointer === '/gateway/tls/key';

const base = '# shared by every cluster\ngateway:\n  tls:\n    enabled: true # every cluster terminates TLS\n';
const overlays = [
  { name: 'prod-eu', text: '# Frankfurt\ngateway:\n  replicas: 3\njoin_token: eyJhbGciOi.prod\n' },
  { name: 'staging', text: 'gateway:\n  tls:\n    enabled: null\n' },
];

function payloadOf(state: Parameters<typeof encodeShare>[0], includeSecrets = false) {
  const result = encodeShare(state, { includeSecrets, isSecret });
  if (!result.ok) throw new Error('did not encode');
  return result;
}

/** A payload framed by hand, for layouts this studio never writes. */
function framedV3(content: string): string {
  const stream = deflateSync(strToU8(content), { level: 9, dictionary: strToU8(SHARE_DICTIONARY_V2) });
  const bytes = new Uint8Array(8 + stream.length);
  new DataView(bytes.buffer).setUint32(0, stream.length);
  new DataView(bytes.buffer).setUint32(4, crc32(stream));
  bytes.set(stream, 8);
  return `v3.${toBase64Url(bytes)}`;
}

describe('a workspace in a share link', () => {
  test('carries the base and every overlay as written, comments and names included', () => {
    const shared = payloadOf({ chartRef: shippedChartRef('1.90.0'), text: base, overlays, joinToken: 'install' }, true);
    expect(shared.payload).toMatch(/^v3\./);
    expect(decodeShare(shared.payload)).toEqual({ ok: true, state: { chartRef: shippedChartRef('1.90.0'), joinToken: 'install', text: base, overlays } });
  });

  test("leaves each layer's secrets out unless chosen, naming the environment they were left out of", () => {
    const shared = payloadOf({ chartRef: shippedChartRef('1.90.0'), text: base, overlays });
    expect(shared.omitted).toEqual(['prod-eu:/join_token']);
    const decoded = decodeShare(shared.payload);
    expect(decoded.ok && decoded.state.overlays?.[0]).toEqual({ name: 'prod-eu', text: '# Frankfurt\ngateway:\n  replicas: 3\n' });
  });

  test('a single file is still written as v2, which studios from before workspaces open', () => {
    expect(payloadOf({ chartRef: shippedChartRef('1.90.0'), text: '# kept\ngateway:\n  tls:\n    enabled: true\n', joinToken: 'install', overlays: [] }).payload).toBe(
      'v2.AAAAEQx-Y84z1LM00DNAsiI7taCEiAADAA',
    );
  });

  test('a v2 link made before workspaces opens as one file', () => {
    expect(decodeShare('v2.AAAAEQx-Y84z1LM00DNAsiI7taCEiAADAA')).toEqual({
      ok: true,
      state: { chartRef: shippedChartRef('1.90.0'), joinToken: 'install', text: '# kept\ngateway:\n  tls:\n    enabled: true\n' },
    });
  });

  test('the production preset as the base with two small overlays fits in a link of at most 1,000 characters', async () => {
    const production = presets.find((preset) => preset.id === 'production');
    if (!production) throw new Error('no production preset');
    const chartVersion = production.writtenFor;
    const shared = encodeShare(
      {
        chartRef: shippedChartRef(chartVersion),
        text: production.text,
        overlays: [
          { name: 'prod-eu', text: '# Frankfurt\nglobal:\n  image:\n    registry: registry.eu.example.com/catalyst\ngateway:\n  replicas: 3\n' },
          { name: 'staging', text: 'gateway:\n  replicas: 1\ncleanup:\n  enabled: true\n' },
        ],
      },
      { includeSecrets: false, isSecret: isSecretPointer(await loadChartSchema(chartVersion)) },
    );
    expect(shared.ok).toBe(true);
    if (!shared.ok) return;
    expect(shareUrl('http://127.0.0.1:5173/', shared.payload).length).toBeLessThanOrEqual(1000);
  });

  test('a layout whose lengths do not add up to the texts is refused as damaged', () => {
    expect(decodeShare(framedV3('1.90.0\n[3,"prod",5]\na: 1\nb: 2\n'))).toMatchObject({ ok: false, code: 'damaged' });
  });

  test('an environment name that is not one is refused as damaged', () => {
    expect(decodeShare(framedV3('1.90.0\n[5,"../x",5]\na: 1\nb: 2\n'))).toMatchObject({ ok: false, code: 'damaged' });
    expect(decodeShare(framedV3('1.90.0\n[5,"p",0,"p",5]\na: 1\nb: 2\n'))).toMatchObject({ ok: false, code: 'damaged' });
  });
});
