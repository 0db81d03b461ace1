import { describe, test, expect } from 'vitest';
import { chartRulesFixture, token } from './chartRulesFixture';

const { check, errors, errorAt, warningAt } = chartRulesFixture('1.28.0');

describe('the chart defaults', () => {
  test('with a join token have no error and no warning', () => {
    expect(check(token)).toEqual([]);
  });

  test('without a join token fail only on the join token, with the fix named', () => {
    const found = errors('');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ pointer: '/join_token', line: 1, column: 1 });
    expect(found[0]?.message).toMatch(/diagrid region create/);
  });
});

describe('template rules the chart enforces at render time', () => {
  test('the join token must be a non-empty string', () => {
    expect(errorAt('join_token: ""\n', '/join_token')).toBeDefined();
    expect(errorAt('join_token: 12345\n', '/join_token')?.message).toMatch(/string/);
    expect(errorAt(token, '/join_token')).toBeUndefined();
  });

  test('the aws provider needs a region', () => {
    const aws = token + 'global:\n  secrets:\n    provider: aws\n';
    expect(errorAt(aws, '/global/secrets/aws/region')?.message).toMatch(/region/);
    expect(errors(aws + '    aws:\n      region: us-east-1\n')).toEqual([]);
  });

  test('the redis provider needs a host', () => {
    const redis = token + 'global:\n  secrets:\n    provider: redis\n';
    expect(errorAt(redis, '/global/secrets/redis')?.message).toMatch(/host/);
    expect(errorAt(redis + '    redis:\n      username: catalyst\n', '/global/secrets/redis/host')).toBeDefined();
    expect(errors(redis + '    redis:\n      host: redis.cache.svc:6379\n')).toEqual([]);
  });

  test('the provider is one of kubernetes, aws, redis, and aws_secretmanager suggests aws', () => {
    const found = errorAt(token + 'global:\n  secrets:\n    provider: aws_secretmanager\n', '/global/secrets/provider');
    expect(found).toMatchObject({ line: 4, column: 5, suggestion: 'aws' });
    expect(errors(token + 'global:\n  secrets:\n    provider: kubernetes\n')).toEqual([]);
  });

  test('a patch is a list or a YAML string, never a mapping or number', () => {
    expect(errorAt(token + 'agent:\n  patch:\n    env:\n      NAME: value\n', '/agent/patch/env')).toBeDefined();
    expect(errorAt(token + 'management:\n  patch:\n    volumes: 3\n', '/management/patch/volumes')).toBeDefined();
    expect(errors(token + 'agent:\n  patch:\n    env:\n      - name: HTTP_PROXY\n        value: http://proxy:3128\n')).toEqual([]);
    expect(errors(token + 'agent:\n  patch:\n    env: |\n      - name: X\n        value: "1"\n    ports: false\n')).toEqual([]);
  });

  test('the gateway service accounts need a name', () => {
    expect(errorAt(token + 'gateway:\n  envoy:\n    serviceAccount:\n      name: ""\n', '/gateway/envoy/serviceAccount/name')).toBeDefined();
    expect(errorAt(token + 'gateway:\n  controlplane:\n    serviceAccount:\n      name: ""\n', '/gateway/controlplane/serviceAccount/name')).toBeDefined();
    expect(errors(token + 'gateway:\n  envoy:\n    serviceAccount:\n      name: edge-envoy\n')).toEqual([]);
  });

  test('agent.config.host stays a mapping', () => {
    expect(errorAt(token + 'agent:\n  config:\n    host: null\n', '/agent/config/host')).toBeDefined();
    expect(errorAt(token + 'agent:\n  config:\n    host: example.com\n', '/agent/config/host')).toBeDefined();
    expect(errors(token + 'agent:\n  config:\n    host:\n      ingress_ip_addr: 203.0.113.10\n')).toEqual([]);
  });

  test('with a global registry, the runtime image settings stay mappings', () => {
    const mirrored = token + 'global:\n  image:\n    registry: registry.internal:5000/catalyst\n';
    expect(errors(mirrored)).toEqual([]);
    expect(errorAt(mirrored + 'agent:\n  config:\n    otel: null\n', '/agent/config/otel')).toBeDefined();
    // Without a global registry the chart writes nothing into them, so removing one renders.
    expect(errorAt(token + 'agent:\n  config:\n    otel: null\n', '/agent/config/otel')).toBeUndefined();
  });

  test('agent.config.artifacts, when given, is a mapping', () => {
    expect(errorAt(token + 'agent:\n  config:\n    artifacts: s3\n', '/agent/config/artifacts')).toBeDefined();
    expect(errors(token + 'agent:\n  config:\n    artifacts: {}\n')).toEqual([]);
  });

  test('templates in agent.config must render', () => {
    expect(errorAt(token + 'agent:\n  config:\n    project:\n      ingress_tls_secret_name: "{{ .Values.gateway.nope.name }}"\n', '/agent/config/project/ingress_tls_secret_name')?.message).toMatch(/nope/);
    expect(errorAt(token + 'management:\n  config:\n    featureflags:\n      x: "{{ .Release.Namespace"\n', '/management/config/featureflags/x')).toBeDefined();
    expect(errors(token + 'agent:\n  config:\n    project:\n      ingress_tls_secret_name: "{{ .Release.Name }}-tls"\n')).toEqual([]);
  });

  test('maps the templates read cannot be nulled', () => {
    expect(errorAt(token + 'agent:\n  merge: null\n', '/agent/merge')?.message).toMatch(/\{\}/);
    expect(errorAt(token + 'management:\n  config: null\n', '/management/config')).toBeDefined();
    expect(errorAt(token + 'global:\n  charts: null\n', '/global/charts')).toBeDefined();
    // A leaf map may be nulled: the chart reads it with a default.
    expect(errors(token + 'agent:\n  podAnnotations: null\n')).toEqual([]);
  });

  test('the file must be a mapping', () => {
    expect(errors('- join_token: x\n')[0]).toMatchObject({ pointer: '', line: 1, source: 'yaml' });
    expect(errors('just a string\n')[0]).toMatchObject({ pointer: '', source: 'yaml' });
  });

  test('the schema keywords Helm enforces itself', () => {
    expect(errorAt(token + 'global:\n  image:\n    pullPolicy: Sometimes\n', '/global/image/pullPolicy')?.suggestion).toBeUndefined();
    expect(errorAt(token + 'agent:\n  replicaCount: 0\n', '/agent/replicaCount')).toBeDefined();
    expect(errorAt(token + 'agent:\n  goSoftLimit:\n    override: 600MB\n', '/agent/goSoftLimit/override')).toBeDefined();
    expect(errorAt(token + 'agent:\n  podAnnotations:\n    prometheus.io/port: 9090\n', '/agent/podAnnotations/prometheus.io~1port')).toBeDefined();
    expect(errorAt(token + 'agent:\n  resources:\n    limits:\n      memory: 1200\n', '/agent/resources/limits/memory')).toBeDefined();
    expect(errorAt(token + 'global:\n  image:\n    imagePullSecrets:\n      - secret: regcred\n', '/global/image/imagePullSecrets/0/name')).toBeDefined();
    expect(errors(token + 'global:\n  image:\n    pullPolicy: IfNotPresent\n    imagePullSecrets:\n      - name: regcred\nagent:\n  goSoftLimit:\n    override: 600MiB\n')).toEqual([]);
  });
});

describe('what Helm accepts but the install trips over', () => {
  test('TLS enabled with no certificate source is a warning at the switch', () => {
    const found = check(token + 'gateway:\n  tls:\n    enabled: true\n');
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(found.find((d) => d.severity === 'warning' && d.pointer === '/gateway/tls/enabled')).toMatchObject({ line: 4, source: 'trap' });
    expect(check(token + 'gateway:\n  tls:\n    enabled: true\n    existingSecret: catalyst-gateway-tls\n')).toEqual([]);
  });

  test('an unknown key is a warning with a did-you-mean at its line', () => {
    const found = check(token + 'gateway:\n  tls:\n    enbled: true\n');
    expect(found).toEqual([
      expect.objectContaining({ pointer: '/gateway/tls/enbled', severity: 'warning', line: 4, column: 5, suggestion: 'enabled', source: 'unknown-key' }),
    ]);
  });

  test('a value the chart never reads is a warning', () => {
    const found = check(token + 'piko:\n  affinity:\n    nodeAffinity: {}\n');
    expect(found.find((d) => d.pointer === '/piko/affinity')).toMatchObject({ severity: 'warning' });
  });

  test('a value set back to the chart default is not an unread-value warning', () => {
    expect(check(token + 'shared:\n  nodeSelector: {}\n')).toEqual([]);
  });
});

describe('formats', () => {
  test('a malformed CIDR in blocked_cidrs is a warning at the item: Helm copies it into the agent ConfigMap', () => {
    const text = token + 'agent:\n  config:\n    project:\n      blocked_cidrs:\n        - 10.0.0.0/8\n        - 172.16.0.0/33\n';
    expect(errorAt(text, '/agent/config/project/blocked_cidrs/1')).toBeUndefined();
    const found = warningAt(text, '/agent/config/project/blocked_cidrs/1');
    expect(found).toMatchObject({ line: 7 });
    expect(found?.message).toMatch(/CIDR.*agent's ConfigMap/s);
  });

  test('a malformed resource quantity is an error: the Kubernetes API refuses the Deployment', () => {
    expect(errorAt(token + 'agent:\n  resources:\n    limits:\n      memory: 1200MB\n', '/agent/resources/limits/memory')).toBeDefined();
  });

  test('a malformed URL, host:port or registry is a warning that says what fails at run time', () => {
    const cases: [string, string][] = [
      ['global:\n  control_plane_http_url: api.r1.diagrid.io\n', '/global/control_plane_http_url'],
      ['global:\n  control_plane_url: catalyst-cloud.r1.diagrid.io\n', '/global/control_plane_url'],
      ['global:\n  charts:\n    registry: https://my-registry.example.com/diagrid\n', '/global/charts/registry'],
    ];
    for (const [text, pointer] of cases) {
      expect(errorAt(token + text, pointer)).toBeUndefined();
      expect(warningAt(token + text, pointer)?.message).toMatch(/Helm accepts it.*run time/s);
    }
  });
});
