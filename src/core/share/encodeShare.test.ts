import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeShare } from './decodeShare';
import { encodeShare } from './encodeShare';
import { shareUrl } from './shareUrl';
import { presets } from '../presets/presets';
import { presetText } from '../presets/presetText';
import { chartDefaults } from '../schema/chartDefaults';
import { loadChartSchema, shippedChartVersions } from '../schema/chartCatalog';
import { isSecretPointer } from '../secrets/isSecretPointer';
import { parseValues } from '../yaml/parseValues';
import { payloadOfJson } from './encodeShare';
import { broughtChartRef, shippedChartRef } from '../chart/ChartRef';
import { joinTokenSources } from '../install/joinTokenSource';
import type { ShareState } from './ShareState';

const SECRET_POINTERS = new Set([
  '/join_token',
  '/global/charts/password',
  '/global/charts/clientKey',
  '/global/secrets/aws/access_key',
  '/global/secrets/aws/secret_access_key',
  '/gateway/tls/key',
  '/agent/config/project/external_postgresql/connection_string_password',
]);
const isSecret = (pointer: string) => SECRET_POINTERS.has(pointer);

/** Production values as written, with the comments that explain them and the secrets a link must not carry. */
const production = `# Production values for eu-west-1
join_token: eyJhbGciOiJSUzI1NiJ9.eyJyZWdpb24iOiJldS1wcm9kIn0.c2lnbmF0dXJl
global:
  charts:
    registry: oci://registry.corp.example.com/diagrid/catalyst
    username: catalyst-bot
    password: "S3cr3t!pa$$"
  secrets:
    provider: aws
    aws:
      # IRSA in production; keys only in the lab
      access_key: AKIAIOSFODNN7EXAMPLE
      secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
agent:
  resources:
    limits:
      memory: 2Gi # pinned: the chart default may change
  config:
    project:
      external_postgresql:
        enabled: true
        connection_string_password: pg-Pa55word
gateway:
  tls:
    enabled: true
    existingSecret: catalyst-gateway-tls # created by the platform team
cleanup:
  enabled: false
`;

function opened(payload: string): ShareState {
  const decoded = decodeShare(payload);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.state;
}

function encoded(text: string, includeSecrets = false, chartRef = shippedChartRef('1.28.0')) {
  const result = encodeShare({ chartRef, text }, { includeSecrets, isSecret });
  if (!result.ok) throw new Error('the text did not parse');
  return result;
}

describe('share links', () => {
  test('a link carries the file as written: comments, key order and values pinned at the chart default', () => {
    const { payload, omitted } = encoded(production, true);
    expect(omitted).toEqual([]);
    expect(opened(payload)).toEqual({ chartRef: shippedChartRef('1.28.0'), text: production });
  });

  test('secrets are left out by default and listed; their emptied parents go, everything else stays as written', () => {
    const { payload, omitted } = encoded(production);
    expect(omitted.sort()).toEqual([
      '/agent/config/project/external_postgresql/connection_string_password',
      '/global/charts/password',
      '/global/secrets/aws/access_key',
      '/global/secrets/aws/secret_access_key',
      '/join_token',
    ]);
    const { text } = opened(payload);
    for (const secret of ['S3cr3t!pa$$', 'wJalrXUtnFEMI', 'AKIAIOSFODNN7EXAMPLE', 'pg-Pa55word', 'eyJhbGciOiJSUzI1NiJ9', 'join_token']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('# Production values for eu-west-1\n');
    expect(text).toContain('      memory: 2Gi # pinned: the chart default may change\n');
    expect(text).toContain('    existingSecret: catalyst-gateway-tls # created by the platform team\n');
    expect(text).toContain('cleanup:\n  enabled: false\n');
    const parsed = parseValues(text);
    if (!parsed.ok) throw new Error('the shared text does not parse');
    expect(parsed.values['global']).toEqual({ charts: { registry: 'oci://registry.corp.example.com/diagrid/catalyst', username: 'catalyst-bot' }, secrets: { provider: 'aws' } });
  });

  test('text that does not parse is not put in a link without secrets: they could not be found', () => {
    expect(encodeShare({ chartRef: shippedChartRef('1.28.0'), text: 'join_token: abc\ngateway: [\n' }, { includeSecrets: false, isSecret }).ok).toBe(false);
  });

  test('the payload reads as a version-2 link by eye and uses only URL-safe characters', () => {
    expect(encoded('cleanup:\n  enabled: false\n').payload).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
  });

  test('every preset, on every shipped chart, shared without secrets, fits in a link of at most 1,000 characters', async () => {
    for (const chartVersion of shippedChartVersions) {
      const schema = await loadChartSchema(chartVersion);
      const isChartSecret = isSecretPointer(schema);
      for (const preset of presets) {
        const text = await presetText(preset, { version: chartVersion, schema, defaults: chartDefaults(schema) });
        const shared = encodeShare({ chartRef: shippedChartRef(chartVersion), text }, { includeSecrets: false, isSecret: isChartSecret });
        if (!shared.ok) throw new Error(`${preset.id} does not parse`);
        const url = shareUrl('http://127.0.0.1:5173/', shared.payload);
        expect(url.length, `${preset.id} on ${chartVersion}`).toBeLessThanOrEqual(1000);
        expect(opened(shared.payload).text).toBe(text);
      }
    }
  });

  test('any text round-trips, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(opened(encoded(text, true).payload)).toEqual({ chartRef: shippedChartRef('1.28.0'), text });
      }),
      { numRuns: 200 },
    );
  });
});

describe('links made before the file travelled as written (format v1)', () => {
  /** A link as studios wrote it in format v1: never regenerate it, it stands for the links people already hold. */
  const v1Link = 'v1.AAAAa3pFYdtVjMEKwjAQBf_lndOiniS_IXhf47MGlijJRi1l_10rXrwNAzML0lWqHVlbvhVEbMfdftwg4CHa2RAXTGJ8yryi6dewyEl5RrTaGcBXbpbLdGCqtM8kiYnOzYZfOqyde0BSSun3v8dFtNHd3w';

  test('still open, as the values file they carried', () => {
    expect(opened(v1Link)).toEqual({ chartRef: shippedChartRef('1.28.0'), text: 'gateway:\n  tls:\n    enabled: true\n    existingSecret: catalyst-gateway-tls\ncleanup:\n  enabled: false\n' });
  });

  test('open to the same values, whatever values they hold', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (values) => {
        const plain = JSON.parse(JSON.stringify(values)) as Record<string, unknown>;
        const { text } = opened(payloadOfJson(JSON.stringify({ chartVersion: '1.28.0', values: plain })));
        const parsed = parseValues(text);
        if (!parsed.ok) throw new Error(`did not parse: ${text}`);
        expect(parsed.values).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the chart a link names', () => {
  const version = fc.stringMatching(/^\d{1,3}\.\d{1,3}\.\d{1,3}(?:-[0-9A-Za-z.]{1,8})?$/);
  const shipped = version.map((v) => shippedChartRef(v));
  // What a Chart.yaml may hold: a name with spaces or an "@", a version with build metadata.
  const brought = fc
    .tuple(fc.stringMatching(/^[^\u0000-\u001f\u007f-\u009f]{1,30}$/), fc.stringMatching(/^[0-9A-Za-z.+_-]{1,20}$/))
    .map(([name, v]) => broughtChartRef(name, v));
  const joinToken = fc.constantFrom(undefined, ...joinTokenSources);
  const layered = fc.boolean();

  test('comes back as the same reference, shipped or brought, with or without a token source or environments', () => {
    fc.assert(
      fc.property(fc.oneof(shipped, brought), joinToken, layered, (chartRef, token, withOverlays) => {
        const state: ShareState = {
          chartRef,
          text: 'cleanup:\n  enabled: false\n',
          ...(token ? { joinToken: token } : {}),
          ...(withOverlays ? { overlays: [{ name: 'prod', text: 'gateway:\n  replicas: 3\n' }] } : {}),
        };
        const shared = encodeShare(state, { includeSecrets: true, isSecret });
        if (!shared.ok) throw new Error('the text should parse');
        const decoded = decodeShare(shared.payload);
        expect(decoded.ok && decoded.state).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});
