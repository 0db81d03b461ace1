import { beforeAll, describe, expect, test } from 'vitest';
import { loadChartSchema } from '../schema/chartCatalog';
import type { JsonSchema } from '../schema/JsonSchema';
import { blankSecrets } from './blankSecrets';
import { findSecrets } from './findSecrets';
import { isSecretPointer } from './isSecretPointer';

let isSecret: (pointer: string) => boolean;
beforeAll(async () => {
  const schema: JsonSchema = await loadChartSchema('1.28.0');
  isSecret = isSecretPointer(schema);
});

const production = `join_token: eyJhbGciOiJSUzI1NiJ9.cmVnaW9u.c2ln
global:
  charts:
    registry: oci://charts.corp.example.com/diagrid/catalyst
    username: catalyst-bot
    password: "S3cr3t!pa$$"   # rotate every 90 days
    existingSecret: ""
  secrets:
    provider: aws
    aws:
      region: eu-west-1
      access_key: AKIAIOSFODNN7EXAMPLE
      secret_access_key: wJalrXUtnFEMI/K7MDENG
gateway:
  tls:
    enabled: true
    existingSecret: catalyst-gateway-tls
    cert: |
      -----BEGIN CERTIFICATE-----
      MIIB
      -----END CERTIFICATE-----
agent:
  config:
    project:
      external_postgresql:
        connection_string_username: catalyst
        connection_string_password: pg-Pa55word
        some_vendor_api_key: k-123
`;

describe('secrets in values', () => {
  test('the token, passwords, access keys and inline certificates are secrets; names of Secrets are not', () => {
    for (const p of ['/join_token', '/global/charts/password', '/global/secrets/aws/access_key', '/global/secrets/aws/secret_access_key', '/gateway/tls/cert', '/gateway/tls/key', '/global/charts/clientKey']) {
      expect(isSecret(p), p).toBe(true);
    }
    for (const p of ['/gateway/tls/existingSecret', '/global/charts/username', '/global/charts/existingSecret', '/gateway/tls/certificates/keyFile', '/agent/config/internal_dapr/ca/issuer_secret_name', '/piko/publicToken/url']) {
      expect(isSecret(p), p).toBe(false);
    }
  });

  test('a credential inside a free-form map is found by its name', () => {
    expect(isSecret('/agent/config/project/external_postgresql/connection_string_password')).toBe(true);
    expect(isSecret('/agent/config/project/external_postgresql/some_vendor_api_key')).toBe(true);
  });

  test('every filled secret of a production file is found; an empty one is not', async () => {
    const { parseValues } = await import('../yaml/parseValues');
    const parsed = parseValues(production);
    if (!parsed.ok) throw new Error('does not parse');
    expect(findSecrets(parsed.values, isSecret).sort()).toEqual([
      '/agent/config/project/external_postgresql/connection_string_password',
      '/agent/config/project/external_postgresql/some_vendor_api_key',
      '/gateway/tls/cert',
      '/global/charts/password',
      '/global/secrets/aws/access_key',
      '/global/secrets/aws/secret_access_key',
      '/join_token',
    ]);
  });

  test('blanking keeps the file, its comments and its other values, with "" where each secret was', async () => {
    const { parseValues } = await import('../yaml/parseValues');
    const parsed = parseValues(production);
    if (!parsed.ok) throw new Error('does not parse');
    const result = blankSecrets(production, findSecrets(parsed.values, isSecret));
    if (!result.ok) throw new Error('not blanked');
    for (const secret of ['eyJhbGciOiJSUzI1NiJ9', 'S3cr3t!pa$$', 'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI', 'BEGIN CERTIFICATE', 'pg-Pa55word', 'k-123']) {
      expect(result.text).not.toContain(secret);
    }
    expect(result.text).toContain('# rotate every 90 days');
    expect(result.text).toContain('existingSecret: catalyst-gateway-tls');
    expect(result.text).toContain('username: catalyst-bot');
    expect(result.text).toMatch(/password: ""/);
  });

  test('text that does not parse cannot be blanked', () => {
    expect(blankSecrets('join_token: [abc\n', ['/join_token'])).toEqual({ ok: false });
  });
});
