import Ajv from 'ajv';
import { describe, test, expect } from 'vitest';
import { chartFormatDefinitions, chartFormats } from './formats';

const CERT = `-----BEGIN CERTIFICATE-----
MIIBkjCCATegAwIBAgIUQ8L5w8W/d5kJFTKiQgmRcG/Swv0wCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTZ2F0ZXdheS5leGFtcGxlLmNvbTAeFw0yNjExMjkwOTQ2NDJa
Fw0zNjExMjYwOTQ2NDJaMB4xHDAaBgNVBAMME2dhdGV3YXkuZXhhbXBsZS5jb20w
WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATiH5K/WZV4Rrl+843v2pZin6SdVl4Z
7y76r1sbkIYw+euTLASXQSQ6Y4Zfv3YbIZwX8HqlBmGoqHdf3Z/hoaN5o1MwUTAd
BgNVHQ4EFgQU0ACk3J4xg5iwaGFr60TBks60+eIwHwYDVR0jBBgwFoAU0ACk3J4x
g5iwaGFr60TBks60+eIwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNJADBG
AiEAhnS/w6uC9VQLQgkEIuCmzphLVqVb10OFuRnlpSaOIc4CIQC0mMHluW9raVOZ
gYXw9R9Jwz72Z0eEHSH1DQkgFKmEqg==
-----END CERTIFICATE-----
`;
// Syntactically a key, cryptographically nothing: the format checks the PEM shape only.
const keyBody = 'TUlJQm9ndXNrZXlib2R5Zm9ydGVzdHNvbmx5bm90YXJlYWxrZXlhdGFsbA==';
const key = (label: string, extra = '') => `-----BEGIN ${label}-----\n${extra}${keyBody}\n-----END ${label}-----\n`;

const cases: Record<string, { accepts: string[]; rejects: string[] }> = {
  'k8s-name': {
    accepts: ['my-registry-secret', 'ca-certificates-bundle', 'cert-wildcard', 'a', 'tls.example.com', 'a'.repeat(253)],
    rejects: ['My-Secret', '-secret', 'secret-', 'my_secret', 'a..b', 'secret name', 'a'.repeat(254)],
  },
  'k8s-label': {
    accepts: ['catalyst', 'root-dapr-system', '0abc', 'a'.repeat(63)],
    rejects: ['Catalyst', 'dapr.system', '-dapr', 'dapr-', 'a'.repeat(64)],
  },
  quantity: {
    accepts: ['500Mi', '40m', '1', '0.5', '1.5Gi', '8Gi', '1e3', '100k', '250n', '5u', '1E', '1Ei', '1e-3', '+1', '.5', '1.', '2048Mi'],
    rejects: ['500MB', '1.5.3', '-', '.', '1K', '1ki', '1e', '0x10', '1 Gi', '1Mi2', 'Mi'],
  },
  cidr: {
    accepts: ['10.0.0.0/8', '172.16.0.0/12', '192.168.1.0/24', '0.0.0.0/0', '10.0.0.1/8', '2001:db8::/32', '::/0', 'fd00::/128'],
    rejects: ['10.0.0.0/33', '10.0.0.0', '300.0.0.0/8', '10.0.0.0/', '10.0.0.0/8,', '10.0.0.0/-1', '2001:db8::/129', 'example.com/8', '010.0.0.0/8'],
  },
  'host-port': {
    accepts: ['catalyst-cloud.r1.diagrid.io:443', 'dapr-sentry.root-dapr-system.svc.cluster.local:443', 'localhost:4222', '10.0.0.1:80', '[::1]:443', '[2001:db8::1]:65535'],
    rejects: ['catalyst-cloud.r1.diagrid.io', ':443', 'sentry.r1.diagrid.io:0', 'sentry.r1.diagrid.io:65536', 'https://sentry.r1.diagrid.io:443', '300.0.0.1:80', '::1:443', 'host name:443'],
  },
  url: {
    accepts: ['https://api.r1.diagrid.io', 'http://dapr-sentry.root-dapr-system.svc.cluster.local:9080/jwks.json', 'https://catalyst-logs.r1.diagrid.io/loki/api/v1/push', 'HTTPS://Example.com/a?b=c#d', 'http://10.0.0.1:8080/', 'https://user:s3cret@proxy.example.com:8443/'],
    rejects: ['api.r1.diagrid.io', 'ftp://example.com', 'https://', 'https:///path', 'https://exa mple.com', 'https://example.com/a b', 'https://example.com:99999', 'http:example.com', 'https://user@:443'],
  },
  'https-url': {
    accepts: ['https://trust.r1.diagrid.io', 'https://tunnels.trust.diagrid.io/.well-known/jwks.json'],
    rejects: ['http://trust.r1.diagrid.io', 'trust.r1.diagrid.io', 'https://'],
  },
  'oci-url': {
    accepts: ['oci://public.ecr.aws/diagrid', 'oci://my-registry.example.com/diagrid/catalyst', 'oci://localhost:5000/charts', 'oci://registry.example.com'],
    rejects: ['public.ecr.aws/diagrid', 'https://public.ecr.aws/diagrid', 'oci://public.ecr.aws/diagrid/', 'oci://public.ecr.aws/Diagrid', 'oci://', 'oci://public.ecr.aws/diagrid:1.28.0'],
  },
  'tls-url': {
    accepts: ['tls://client-events.r1.diagrid.io:443', 'tls://10.0.0.5:4222', 'tls://[::1]:4222'],
    rejects: ['client-events.r1.diagrid.io:443', 'tls://client-events.r1.diagrid.io', 'nats://client-events.r1.diagrid.io:443', 'tls://client-events.r1.diagrid.io:443/x'],
  },
  'pem-certificate': {
    accepts: [CERT, CERT + CERT, `  ${CERT.replace(/\n/g, '\r\n')}  `, CERT.trim()],
    rejects: ['MIIBkjCCATegAwIBAgIU', key('PRIVATE KEY'), CERT + key('PRIVATE KEY'), CERT.replace('-----END CERTIFICATE-----', ''), CERT.replace('MIIB', 'MII!'), `Bag Attributes\n${CERT}`, '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----'],
  },
  'pem-private-key': {
    accepts: [key('PRIVATE KEY'), key('RSA PRIVATE KEY'), key('EC PRIVATE KEY'), key('ENCRYPTED PRIVATE KEY'), key('RSA PRIVATE KEY', 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,0123456789ABCDEF0123456789ABCDEF\n\n')],
    rejects: [CERT, key('PRIVATE KEY') + key('PRIVATE KEY'), key('PUBLIC KEY'), key('OPENSSH PRIVATE KEY'), keyBody, key('PRIVATE KEY').replace('-----END PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----')],
  },
  'go-duration': {
    accepts: ['10s', '1m30s', '1.5h', '300ms', '0', '-0', '2h45m', '1us', '1µs', '1μs', '100ns', '.5s', '1.s'],
    rejects: ['10', '10sec', '1d', '1 s', 's', '1.5', '1h 30m', 'PT10S'],
  },
  'image-tag': {
    accepts: ['1.28.0', 'v0.8.3', 'distroless-v1.33.0', 'edge', 'latest', '_x', 'a'.repeat(128), `1.28.0@sha256:${'0123456789abcdef'.repeat(4)}`],
    rejects: ['-1.0', '.hidden', '1.28.0@sha256:abc', `@sha256:${'0123456789abcdef'.repeat(4)}`, `1.28.0@sha256:${'g'.repeat(64)}`, 'v1:2', 'a'.repeat(129), 'with space'],
  },
  'image-registry': {
    accepts: ['my-registry.example.com', 'gcr.io/my-project', 'localhost:5000', 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-public', 'docker.io', 'registry.example.com:5000/mirror/daprio', '[::1]:5000'],
    rejects: ['https://gcr.io/my-project', 'gcr.io/my-project/', 'gcr.io/My-Project', 'gcr.io/my-project:1.0', 'gcr.io//x', 'my registry', '-bad.example.com'],
  },
  'image-repository': {
    accepts: ['catalyst-all', 'envoyproxy/envoy', 'alpine/k8s', 'cra-agent', 'diagrid/catalyst-all', 'a__b', 'a.b_c--d', 'ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-k8s', 'localhost:5000/piko'],
    rejects: ['Catalyst-All', 'envoyproxy/envoy:v1.33.0', 'envoyproxy/envoy@sha256:abc', 'https://ghcr.io/x', '/envoy', 'envoy/', 'a___b', 'a-'],
  },
};

describe('chart formats', () => {
  test('every format the schema may name has a case table here', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(chartFormats).sort());
  });

  for (const [name, { accepts, rejects }] of Object.entries(cases)) {
    test(`${name} accepts realistic values and rejects common mistakes`, () => {
      const format = chartFormats[name];
      expect(format).toBeDefined();
      const wronglyRejected = accepts.filter((value) => !format?.validate(value));
      const wronglyAccepted = rejects.filter((value) => format?.validate(value));
      expect({ wronglyRejected, wronglyAccepted }).toEqual({ wronglyRejected: [], wronglyAccepted: [] });
    });
  }

  test('every format but quantity leaves empty strings and templates to other checks', () => {
    for (const [name, format] of Object.entries(chartFormats)) {
      if (name === 'quantity') continue;
      expect([name, format.validate('')]).toEqual([name, true]);
      expect([name, format.validate('{{ .Release.Namespace }}')]).toEqual([name, true]);
    }
  });

  test('a quantity is never empty or template text: the chart copies resources as they are, and the API server reads them', () => {
    expect(chartFormats.quantity?.validate('')).toBe(false);
    expect(chartFormats.quantity?.validate('{{ .Values.memory }}')).toBe(false);
    expect(chartFormats.quantity?.validate('250m')).toBe(true);
  });

  test('every format offers a hint and an example it accepts', () => {
    for (const [name, format] of Object.entries(chartFormats)) {
      expect(format.hint.length, name).toBeGreaterThan(5);
      expect([name, format.validate(format.example)]).toEqual([name, true]);
      expect(format.example, name).not.toBe('');
    }
  });
});

describe('chartFormatDefinitions', () => {
  const ajv = new Ajv({ allErrors: true });
  for (const [name, definition] of Object.entries(chartFormatDefinitions())) ajv.addFormat(name, definition);

  test('makes ajv enforce the chart formats', () => {
    const validate = ajv.compile({ type: 'string', format: 'quantity' });
    expect(validate('500Mi')).toBe(true);
    expect(validate('500MB')).toBe(false);
    expect(validate.errors?.[0]?.params).toEqual({ format: 'quantity' });
  });

  test('keeps hostname, ipv4 and ipv6 strict but lets "" and templates through', () => {
    const check = (format: string, value: string) => ajv.validate({ type: 'string', format }, value);
    expect(check('hostname', 'tunnels.api.diagrid.io')).toBe(true);
    expect(check('hostname', 'not a host')).toBe(false);
    expect(check('ipv4', '10.0.0.1')).toBe(true);
    expect(check('ipv4', '10.0.0.256')).toBe(false);
    expect(check('ipv6', '2001:db8::1')).toBe(true);
    expect(check('ipv6', '10.0.0.1')).toBe(false);
    for (const format of ['hostname', 'ipv4', 'ipv6']) {
      expect(check(format, '')).toBe(true);
      expect(check(format, '{{ .Values.global.nats.endpoint }}')).toBe(true);
    }
  });
});
