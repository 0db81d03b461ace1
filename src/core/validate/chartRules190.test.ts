import { describe, test, expect } from 'vitest';
import { chartRulesFixture, token } from './chartRulesFixture';

const { check, errors, errorAt, warningAt } = chartRulesFixture('1.90.0');

describe('chart 1.90.0 defaults', () => {
  test('with a join token have no error and no warning', () => {
    expect(check(token)).toEqual([]);
  });

  test('without a join token fail only on the join token, naming both fixes', () => {
    const found = check('');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ pointer: '/join_token', severity: 'error', line: 1, column: 1 });
    expect(found[0]?.message).toMatch(/diagrid region create/);
    expect(found[0]?.message).toMatch(/existingJoinTokenSecret/);
  });
});

describe('template rules new in 1.90.0', () => {
  test('a join token written inline or read from an existing Secret is enough', () => {
    expect(errors('agent:\n  existingJoinTokenSecret:\n    name: catalyst-join-token\n')).toEqual([]);
    expect(errors(token)).toEqual([]);
    expect(errorAt('join_token: ""\nagent:\n  existingJoinTokenSecret:\n    name: ""\n', '/join_token')).toBeDefined();
    expect(errorAt('join_token: null\n', '/join_token')?.message).toMatch(/missing/);
    expect(errorAt('join_token: 12345\n', '/join_token')?.message).toMatch(/string/);
  });

  test('the control plane URLs are required', () => {
    expect(errorAt(token + 'global:\n  control_plane_url: ""\n', '/global/control_plane_url')?.message).toMatch(/host:port/);
    expect(errorAt(token + 'global:\n  control_plane_http_url: null\n', '/global/control_plane_http_url')?.message).toMatch(/cannot be removed/);
    expect(errors(token + 'global:\n  control_plane_url: catalyst-cloud.r2.diagrid.io:443\n  control_plane_http_url: https://api.r2.diagrid.io\n')).toEqual([]);
  });

  test('the Sentry endpoint, trust domain and namespace are required', () => {
    expect(errorAt(token + 'global:\n  sentry:\n    endpoint: ""\n', '/global/sentry/endpoint')).toBeDefined();
    expect(errorAt(token + 'global:\n  sentry:\n    trust_domain: null\n', '/global/sentry/trust_domain')).toBeDefined();
    expect(errorAt(token + 'global:\n  sentry:\n    namespace: ""\n', '/global/sentry/namespace')).toBeDefined();
    expect(errors(token + 'global:\n  sentry:\n    namespace: dapr-internal\n    endpoint: dapr-sentry.dapr-internal.svc.cluster.local:443\n')).toEqual([]);
  });

  test('the aws.secretmanager provider needs a region', () => {
    const aws = token + 'global:\n  secrets:\n    provider: aws.secretmanager\n';
    expect(errorAt(aws, '/global/secrets/aws/region')?.message).toMatch(/region/);
    expect(errors(aws + '    aws:\n      region: eu-west-1\n')).toEqual([]);
  });

  test('the redis provider needs a redis map with a host', () => {
    const redis = token + 'global:\n  secrets:\n    provider: redis\n';
    expect(errorAt(redis, '/global/secrets/redis')?.message).toMatch(/host/);
    expect(errorAt(redis + '    redis:\n      username: catalyst\n', '/global/secrets/redis/host')).toBeDefined();
    expect(errors(redis + '    redis:\n      host: redis.cache.svc:6379\n')).toEqual([]);
  });

  test('the provider is kubernetes, aws.secretmanager, redis or postgresql', () => {
    expect(errorAt(token + 'global:\n  secrets:\n    provider: vault\n', '/global/secrets/provider')).toBeDefined();
    expect(errors(token + 'global:\n  secrets:\n    provider: postgresql\n    postgresql:\n      existingSecret: catalyst-secrets-db\n')).toEqual([]);
  });

  test('placement is required and both counts must be above 0', () => {
    expect(errorAt(token + 'agent:\n  config:\n    placement:\n      max_project_count: 0\n', '/agent/config/placement/max_project_count')?.message).toMatch(/at least 1/);
    expect(errorAt(token + 'agent:\n  config:\n    placement:\n      max_appid_count: null\n', '/agent/config/placement/max_appid_count')).toBeDefined();
    expect(errorAt(token + 'agent:\n  config:\n    placement: null\n', '/agent/config/placement')).toBeDefined();
    expect(errors(token + 'agent:\n  config:\n    placement:\n      max_project_count: 5\n      max_appid_count: 40\n')).toEqual([]);
  });

  test('a custom CA needs its trust anchors ConfigMap', () => {
    const ca = token + 'agent:\n  config:\n    internal_dapr:\n      ca:\n        issuer_secret_name: dapr-issuer\n';
    expect(errorAt(ca, '/agent/config/internal_dapr/ca/trust_anchors_config_map_name')).toBeDefined();
    expect(errorAt(ca + '        trust_anchors_config_map_name: ""\n', '/agent/config/internal_dapr/ca/trust_anchors_config_map_name')).toBeDefined();
    expect(errors(ca + '        trust_anchors_config_map_name: dapr-trust-bundle\n')).toEqual([]);
    // An empty ca block is "not set" for the template.
    expect(errors(token + 'agent:\n  config:\n    internal_dapr:\n      ca: {}\n')).toEqual([]);
  });

  test('turning PostgreSQL off needs the scheduler moved off it', () => {
    const off = token + 'global:\n  postgresql:\n    disabled: true\n';
    expect(errorAt(off, '/global/postgresql/disabled')?.message).toMatch(/etcd/);
    expect(errors(off + 'agent:\n  config:\n    internal_dapr:\n      scheduler:\n        backend_type: etcd\n')).toEqual([]);
  });

  test('the legacy external PostgreSQL state store needs external_postgresql.enabled', () => {
    const legacy = token + 'agent:\n  config:\n    project:\n      default_managed_state_store_type: postgresql-shared-external\n';
    expect(errorAt(legacy, '/agent/config/project/external_postgresql')).toBeDefined();
    expect(errorAt(legacy + '      external_postgresql:\n        enabled: false\n', '/agent/config/project/external_postgresql/enabled')).toBeDefined();
    expect(errors(legacy + '      external_postgresql:\n        enabled: true\n        existing_secret_name: workflows-db\n')).toEqual([]);
  });

  test('a dedicated scheduler database needs at least one connection', () => {
    const own = token + 'agent:\n  config:\n    internal_dapr:\n      scheduler:\n        postgresql:\n          use_global: false\n';
    expect(errorAt(own, '/agent/config/internal_dapr/scheduler/postgresql/connections')?.message).toMatch(/at least one/);
    expect(errors(own + '          connections:\n            - existing_secret_name: scheduler-db\n              existing_secret_namespace: databases\n')).toEqual([]);
  });

  test('the legacy external Kafka pub/sub needs external_kafka.enabled', () => {
    const legacy = token + 'agent:\n  config:\n    project:\n      default_managed_pubsub_type: kafka-shared-external\n';
    expect(errorAt(legacy, '/agent/config/project/external_kafka')).toBeDefined();
    expect(errors(legacy + '      external_kafka:\n        enabled: true\n        brokers: kafka-0.kafka:9092\n')).toEqual([]);
  });

  test('an external Redis needs a host', () => {
    const external = token + 'global:\n  redis:\n    disabled: false\n';
    expect(errorAt(external, '/global/redis/external/host')).toBeDefined();
    expect(errors(external + '    external:\n      host: redis.cache.svc.cluster.local\n')).toEqual([]);
    expect(errors(token + 'global:\n  redis:\n    disabled: false\n    create: true\n')).toEqual([]);
  });

  test('the MCP server only runs in passthrough mode, and is not checked while off', () => {
    const on = token + 'mcp:\n  enabled: true\n';
    expect(errorAt(on + '  httpAuthMode: server\n', '/mcp/httpAuthMode')?.message).toMatch(/passthrough/);
    expect(errorAt(on + '  httpAuthMode: passthroug\n', '/mcp/httpAuthMode')?.suggestion).toBe('passthrough');
    expect(errors(on)).toEqual([]);
    expect(errors(token + 'mcp:\n  httpAuthMode: server\n')).toEqual([]);
  });
});

describe('template rules carried over from 1.28.0', () => {
  test('a patch is a list or a YAML string, never a mapping or number', () => {
    expect(errorAt(token + 'agent:\n  patch:\n    env:\n      NAME: value\n', '/agent/patch/env')).toBeDefined();
    expect(errorAt(token + 'management:\n  patch:\n    volumes: 3\n', '/management/patch/volumes')).toBeDefined();
    expect(errors(token + 'agent:\n  patch:\n    env:\n      - name: HTTP_PROXY\n        value: http://proxy:3128\n')).toEqual([]);
  });

  test('the gateway service accounts need a name', () => {
    expect(errorAt(token + 'gateway:\n  envoy:\n    serviceAccount:\n      name: ""\n', '/gateway/envoy/serviceAccount/name')).toBeDefined();
    expect(errorAt(token + 'gateway:\n  controlplane:\n    serviceAccount:\n      name: null\n', '/gateway/controlplane/serviceAccount/name')).toBeDefined();
    expect(errors(token + 'gateway:\n  envoy:\n    serviceAccount:\n      name: edge-envoy\n')).toEqual([]);
  });

  test('templates in agent.config must render', () => {
    expect(errorAt(token + 'agent:\n  config:\n    host:\n      ingress:\n        tls:\n          secret:\n            name: "{{ .Values.gateway.nope.name }}"\n', '/agent/config/host/ingress/tls/secret/name')?.message).toMatch(/nope/);
    expect(errors(token + 'agent:\n  config:\n    host:\n      ingress:\n        tls:\n          secret:\n            name: "{{ .Release.Name }}-tls"\n')).toEqual([]);
  });

  test('agent.config.host stays a mapping', () => {
    expect(errorAt(token + 'agent:\n  config:\n    host: null\n', '/agent/config/host')).toBeDefined();
    expect(errorAt(token + 'agent:\n  config:\n    host: example.com\n', '/agent/config/host')).toBeDefined();
    expect(errors(token + 'agent:\n  config:\n    host:\n      ingress:\n        ip_addr: 203.0.113.10\n')).toEqual([]);
  });

  test('maps the templates read cannot be nulled', () => {
    expect(errorAt(token + 'agent:\n  merge: null\n', '/agent/merge')?.message).toMatch(/\{\}/);
    expect(errorAt(token + 'global:\n  secrets: null\n', '/global/secrets')).toBeDefined();
    expect(errors(token + 'agent:\n  podLabels: null\n')).toEqual([]);
  });

  test('with a global registry, the runtime image settings stay mappings', () => {
    const mirrored = token + 'global:\n  image:\n    registry: registry.internal:5000/catalyst\n';
    expect(errors(mirrored)).toEqual([]);
    expect(errorAt(mirrored + 'agent:\n  config:\n    sidecar: null\n', '/agent/config/sidecar')).toBeDefined();
  });

  test('agent.config.artifacts, when given, is a mapping', () => {
    expect(errorAt(token + 'agent:\n  config:\n    artifacts: s3\n', '/agent/config/artifacts')).toBeDefined();
    expect(errors(token + 'agent:\n  config:\n    artifacts: {}\n')).toEqual([]);
  });

  test('the file must be a mapping', () => {
    expect(errors('- join_token: x\n')[0]).toMatchObject({ pointer: '', line: 1 });
  });

  test('schema keywords Helm enforces itself, including the new ones', () => {
    expect(errorAt(token + 'agent:\n  logLevel: trace\n', '/agent/logLevel')).toBeUndefined();
    expect(errorAt(token + 'management:\n  logLevel: trace\n', '/management/logLevel')).toBeDefined();
    expect(errorAt(token + 'global:\n  postgresql:\n    external:\n      auth_type: password\n', '/global/postgresql/external/auth_type')).toBeDefined();
    expect(errorAt(token + 'networkPolicies:\n  extraEgress:\n    - ports:\n        - port: 5432\n', '/networkPolicies/extraEgress/0/cidr')).toBeDefined();
    expect(errorAt(token + 'management:\n  autoscaling:\n    targetCPUUtilizationPercentage: 150\n', '/management/autoscaling/targetCPUUtilizationPercentage')).toBeDefined();
    expect(errors(token + 'networkPolicies:\n  enabled: true\n  extraEgress:\n    - cidr: 10.100.0.0/24\n      ports:\n        - port: 5432\n')).toEqual([]);
  });
});

describe('the chart README fixes of 1.90.0', () => {
  test('provider "aws.secretmanager" is accepted', () => {
    expect(errors(token + 'global:\n  secrets:\n    provider: "aws.secretmanager"\n    aws:\n      region: "us-east-1"\n')).toEqual([]);
  });

  test('the 1.28.0 provider aws is rejected with a did-you-mean', () => {
    const found = errorAt(token + 'global:\n  secrets:\n    provider: aws\n    aws:\n      region: us-east-1\n', '/global/secrets/provider');
    expect(found).toMatchObject({ line: 4, suggestion: 'aws.secretmanager' });
    expect(found?.message).toMatch(/aws\.secretmanager/);
  });

  test('a blocked_egress list of rules is accepted', () => {
    const blocked = 'agent:\n  config:\n    project:\n      blocked_egress:\n        - name: private\n          cidrs:\n            - "10.0.0.0/8"\n            - "172.16.0.0/12"\n            - "192.168.0.0/16"\n';
    expect(check(token + blocked)).toEqual([]);
  });

  test('a malformed CIDR in blocked_egress is a warning at the item: Helm copies it into the agent ConfigMap', () => {
    const text = token + 'agent:\n  config:\n    project:\n      blocked_egress:\n        - name: private\n          cidrs:\n            - 10.0.0.0/33\n';
    expect(errorAt(text, '/agent/config/project/blocked_egress/0/cidrs/0')).toBeUndefined();
    expect(warningAt(text, '/agent/config/project/blocked_egress/0/cidrs/0')?.message).toMatch(/CIDR.*agent's ConfigMap/s);
  });
});

describe('what Helm accepts but the install trips over', () => {
  test('bare CIDR strings in blocked_egress are a warning, not an error', () => {
    const text = token + 'agent:\n  config:\n    project:\n      blocked_egress:\n        - "10.0.0.0/8"\n';
    expect(errors(text)).toEqual([]);
    expect(warningAt(text, '/agent/config/project/blocked_egress')?.message).toMatch(/cidrs/);
  });

  test('values from their 1.28.0 places point at their 1.90.0 places', () => {
    expect(warningAt(token + 'shared:\n  nodeSelector:\n    pool: system\n', '/shared/nodeSelector')?.message).toMatch(/shared\.scheduling\.nodeSelector/);
    expect(warningAt(token + 'agent:\n  config:\n    project:\n      blocked_cidrs:\n        - 10.0.0.0/8\n', '/agent/config/project/blocked_cidrs')?.message).toMatch(/blocked_egress/);
  });

  test('autoscaling without a target is a warning', () => {
    const text = token + 'gateway:\n  envoy:\n    autoscaling:\n      enabled: true\n      targetCPUUtilizationPercentage: null\n';
    expect(errors(text)).toEqual([]);
    expect(warningAt(text, '/gateway/envoy/autoscaling/targetCPUUtilizationPercentage')).toBeDefined();
    expect(check(token + 'gateway:\n  envoy:\n    autoscaling:\n      enabled: true\n')).toEqual([]);
  });

  test('an external PostgreSQL with no way to connect is a warning', () => {
    const text = token + 'global:\n  postgresql:\n    create: false\n';
    expect(warningAt(text, '/global/postgresql/external/existing_secret_name')).toBeDefined();
    expect(check(text + '    external:\n      existing_secret_name: catalyst-db\n')).toEqual([]);
  });
});
