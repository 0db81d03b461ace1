import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { decodeShare } from './decodeShare';
import { encodeShare } from './encodeShare';
import { shareUrl } from './shareUrl';

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

function production(): Values {
  return {
    join_token: 'eyJhbGciOiJSUzI1NiJ9.eyJyZWdpb24iOiJldS1wcm9kIn0.c2lnbmF0dXJl',
    global: {
      image: {
        registry: 'registry.corp.example.com/catalyst',
        pullPolicy: 'IfNotPresent',
        imagePullSecrets: [{ name: 'corp-registry' }],
      },
      charts: {
        registry: 'oci://registry.corp.example.com/diagrid/catalyst',
        username: 'catalyst-bot',
        password: 'S3cr3t!pa$$',
      },
      secrets: {
        provider: 'aws',
        aws: { region: 'eu-west-1', access_key: 'AKIAIOSFODNN7EXAMPLE', secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
      },
    },
    agent: {
      replicaCount: 2,
      resources: { limits: { memory: '2Gi' }, requests: { cpu: '200m', memory: '1Gi' } },
      config: {
        project: {
          default_managed_state_store_type: 'postgresql-shared-external',
          external_postgresql: {
            enabled: true,
            auth_type: 'connectionString',
            namespace: 'postgres',
            connection_string_host: 'catalyst-db.cluster-c1a2b3.eu-west-1.rds.amazonaws.com',
            connection_string_port: 5432,
            connection_string_username: 'catalyst',
            connection_string_password: 'pg-Pa55word',
            connection_string_database: 'catalyst',
          },
        },
        internal_dapr: {
          ca: { issuer_secret_name: 'dapr-issuer', trust_anchors_config_map_name: 'dapr-trust-anchors', namespace: 'cra-agent' },
        },
      },
    },
    gateway: {
      tls: { enabled: true, existingSecret: 'catalyst-gateway-tls' },
      ha: { enabled: true, minReplicas: 3 },
      envoy: {
        service: { type: 'LoadBalancer' },
        podAnnotations: { 'service.beta.kubernetes.io/aws-load-balancer-internal': 'true' },
      },
    },
    management: { replicaCount: 3 },
    cleanup: { enabled: false },
  };
}

describe('share links', () => {
  test('a production configuration opens again exactly as it was shared (secrets included on request)', () => {
    const state = { chartVersion: '1.28.0', values: production() };
    const { payload, omitted } = encodeShare(state, { includeSecrets: true, isSecret });
    expect(omitted).toEqual([]);
    const decoded = decodeShare(payload);
    expect(decoded).toEqual({ ok: true, state });
  });

  test('secrets are left out by default and listed, and the rest survives', () => {
    const { payload, omitted } = encodeShare({ chartVersion: '1.28.0', values: production() }, { includeSecrets: false, isSecret });
    expect(omitted.sort()).toEqual([
      '/agent/config/project/external_postgresql/connection_string_password',
      '/global/charts/password',
      '/global/secrets/aws/access_key',
      '/global/secrets/aws/secret_access_key',
      '/join_token',
    ]);
    const decoded = decodeShare(payload);
    if (!decoded.ok) throw new Error(decoded.error);
    const text = JSON.stringify(decoded.state.values);
    for (const secret of ['S3cr3t!pa$$', 'wJalrXUtnFEMI', 'AKIAIOSFODNN7EXAMPLE', 'pg-Pa55word', 'eyJhbGciOiJSUzI1NiJ9']) {
      expect(text).not.toContain(secret);
    }
    const values = decoded.state.values as { global: { charts: Values; secrets: { aws: Values } }; gateway: { tls: Values } };
    expect(values.global.charts['username']).toBe('catalyst-bot');
    expect(values.global.secrets.aws).toEqual({ region: 'eu-west-1' });
    expect(values.gateway.tls['existingSecret']).toBe('catalyst-gateway-tls');
  });

  test('the payload can be read as a version-1 link by eye and uses only URL-safe characters', () => {
    const { payload } = encodeShare({ chartVersion: '1.28.0', values: { cleanup: { enabled: false } } }, { includeSecrets: false, isSecret });
    expect(payload).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  test('a production configuration, shared without secrets, fits in a link of at most 1,000 characters', () => {
    const withoutSecrets = encodeShare({ chartVersion: '1.28.0', values: production() }, { includeSecrets: false, isSecret });
    const withSecrets = encodeShare({ chartVersion: '1.28.0', values: production() }, { includeSecrets: true, isSecret });
    const url = shareUrl('https://studio.example.com/', withoutSecrets.payload);
    console.log(
      `share link length: payload ${withoutSecrets.payload.length} (without secrets), ${withSecrets.payload.length} (with secrets); full URL ${url.length}`,
    );
    expect(url.length).toBeLessThanOrEqual(1000);
  });

  test('a key named __proto__ or constructor stays plain data and pollutes nothing', () => {
    const values = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"agent":{"podAnnotations":{"__proto__":"x"}}}') as Values;
    const { payload } = encodeShare({ chartVersion: '1.28.0', values }, { includeSecrets: false, isSecret: () => false });
    const decoded = decodeShare(payload);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(Object.keys(decoded.state.values)).toEqual(['__proto__', 'constructor', 'agent']);
    expect(Object.getPrototypeOf(decoded.state.values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a script in a value comes back as the same string', () => {
    const values = { gateway: { tls: { existingSecret: '<script>alert(1)</script>' } }, agent: { logLevel: '{{ .Release.Namespace }}' } };
    const decoded = decodeShare(encodeShare({ chartVersion: '1.28.0', values }, { includeSecrets: false, isSecret }).payload);
    expect(decoded).toEqual({ ok: true, state: { chartVersion: '1.28.0', values } });
  });

  test('any JSON-like values round-trip', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (values) => {
        const state = { chartVersion: '1.28.0', values: JSON.parse(JSON.stringify(values)) as Values };
        const decoded = decodeShare(encodeShare(state, { includeSecrets: true, isSecret: () => false }).payload);
        expect(decoded).toEqual({ ok: true, state });
      }),
      { numRuns: 200 },
    );
  });
});
