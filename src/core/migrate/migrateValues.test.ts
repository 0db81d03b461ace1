import { describe, test, expect, beforeAll } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { getAt } from '../values/getAt';
import { isValuesMap } from '../values/isValuesMap';
import type { MigrationStep } from './MigrationStep';
import { releaseOf } from './ChartRelease';
import { migrateValues } from './migrateValues';

let chart128: Chart;
let chart190: Chart;
beforeAll(async () => {
  chart128 = await compileShippedChart('1.28.0');
  chart190 = await compileShippedChart('1.90.0');
});

const up = (values: Values) => migrateValues(values, releaseOf(chart128), releaseOf(chart190));
const down = (values: Values) => migrateValues(values, releaseOf(chart190), releaseOf(chart128));
const errorsOf = (validator: Chart, values: Values) => validator.check(values).problems.filter((p) => p.severity === 'error');
const stepAt = (report: MigrationStep[], kind: MigrationStep['kind'], pointer: string) =>
  report.find((s) => s.kind === kind && (s.from === pointer || s.to === pointer));

/** Freezes the whole tree, so a test fails if the migration writes into the user's values. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Every leaf pointer of a values tree (lists count as leaves, as in values.yaml coverage). */
function leafPointers(value: unknown, pointer = ''): string[] {
  if (!isValuesMap(value) || Object.keys(value).length === 0) return [pointer];
  return Object.entries(value).flatMap(([key, child]) => leafPointers(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`));
}

/** A production values file for chart 1.28.0, as a user would have written it. */
const production128: Values = {
  join_token: 'eyJhbGciOiJFUzI1NiJ9.prod',
  global: {
    image: { registry: 'registry.acme.internal/catalyst', imagePullSecrets: [{ name: 'acme-pull' }] },
    secrets: { provider: 'aws', aws: { region: 'eu-west-1' } },
    serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/catalyst' } },
  },
  shared: { nodeSelector: { 'acme.io/pool': 'catalyst' }, tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'catalyst', effect: 'NoSchedule' }] },
  affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [] } },
  agent: {
    replicaCount: 2,
    config: {
      host: { ingress_ip_addr: '203.0.113.10' },
      project: {
        blocked_cidrs: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'],
        ingress_tls_secret_name: 'catalyst-ingress-tls',
      },
      placement: { max_project_count: 20, max_appid_count: 200 },
    },
    resources: { limits: { memory: '1536Mi' }, requests: { cpu: '100m', memory: '512Mi' } },
  },
  gateway: { tls: { enabled: true, existingSecret: 'catalyst-gateway-tls' }, ha: { enabled: true, minReplicas: 3 } },
};

describe('migrateValues', () => {
  test('to the same version gives the values back with nothing to report', () => {
    const values = { join_token: 'x' };
    expect(migrateValues(values, releaseOf(chart190), releaseOf(chart190))).toEqual({ values, report: [] });
    expect(migrateValues(values, { ...releaseOf(chart190), version: 'v1.90' }, releaseOf(chart190))).toEqual({ values, report: [] });
  });

  test('never writes into the user values', () => {
    const frozen = deepFreeze(structuredClone(production128));
    const { values } = up(frozen);
    expect(values).not.toBe(frozen);
    expect(frozen).toEqual(production128);
    expect(() => down(deepFreeze(structuredClone(values)))).not.toThrow();
  });
});

describe('from chart 1.28.0 to 1.90.0', () => {
  test('a production values file comes out valid for 1.90.0', () => {
    expect(errorsOf(chart128, production128)).toEqual([]);
    const { values } = up(production128);
    expect(errorsOf(chart190, values)).toEqual([]);
  });

  test('shared scheduling moves under shared.scheduling, with a word that it now applies to every pod', () => {
    const { values, report } = up(production128);
    expect(values.shared).toEqual({ scheduling: { nodeSelector: { 'acme.io/pool': 'catalyst' }, tolerations: production128.shared && (production128.shared as Values).tolerations } });
    const step = stepAt(report, 'moved', '/shared/nodeSelector');
    expect(step).toMatchObject({ from: '/shared/nodeSelector', to: '/shared/scheduling/nodeSelector' });
    expect(step?.message).toMatch(/every Catalyst pod/);
    expect(stepAt(report, 'moved', '/shared/affinity')).toBeUndefined();
  });

  test('the aws provider is rewritten to aws.secretmanager', () => {
    const { values, report } = up(production128);
    expect(getAt(values, '/global/secrets/provider')).toBe('aws.secretmanager');
    expect(stepAt(report, 'renamed-value', '/global/secrets/provider')?.message).toMatch(/aws\.secretmanager/);
    expect(up({ global: { secrets: { provider: 'redis', redis: { host: 'redis:6379' } } } }).report.filter((s) => s.kind === 'renamed-value')).toEqual([]);
  });

  test('blocked_cidrs becomes one blocked_egress rule, and an empty list still blocks nothing', () => {
    const { values, report } = up(production128);
    expect(getAt(values, '/agent/config/project/blocked_egress')).toEqual([{ name: 'blocked-cidrs', cidrs: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] }]);
    expect(getAt(values, '/agent/config/project/blocked_cidrs')).toBeUndefined();
    expect(stepAt(report, 'moved', '/agent/config/project/blocked_cidrs')?.message).toMatch(/169\.254\.0\.0\/16/);
    const empty = up({ agent: { config: { project: { blocked_cidrs: [] } } } });
    expect(getAt(empty.values, '/agent/config/project/blocked_egress')).toEqual([]);
  });

  test('the ingress address and certificate Secret move under agent.config.host.ingress', () => {
    const { values, report } = up(production128);
    expect(getAt(values, '/agent/config/host')).toEqual({ ingress: { ip_addr: '203.0.113.10', tls: { secret: { name: 'catalyst-ingress-tls' } } } });
    expect(getAt(values, '/agent/config/project/ingress_tls_secret_name')).toBeUndefined();
    expect(stepAt(report, 'moved', '/agent/config/host/ingress_ip_addr')?.to).toBe('/agent/config/host/ingress/ip_addr');
    expect(stepAt(report, 'moved', '/agent/config/project/ingress_tls_secret_name')?.to).toBe('/agent/config/host/ingress/tls/secret/name');
  });

  test('the top-level Piko affinity moves to piko.affinity', () => {
    const { values, report } = up(production128);
    expect(getAt(values, '/affinity')).toBeUndefined();
    expect(getAt(values, '/piko/affinity')).toEqual(production128.affinity);
    expect(stepAt(report, 'moved', '/affinity')?.to).toBe('/piko/affinity');
  });

  test('a move never overwrites what the user already set at the new place', () => {
    const { values, report } = up({ shared: { nodeSelector: { a: 'old' }, scheduling: { nodeSelector: { a: 'new' } } } });
    expect(values.shared).toEqual({ nodeSelector: { a: 'old' }, scheduling: { nodeSelector: { a: 'new' } } });
    expect(stepAt(report, 'removed', '/shared/nodeSelector')?.message).toMatch(/already set/);
  });

  test('removed settings are kept in the values and reported', () => {
    const old: Values = {
      join_token: 't',
      global: { nats: { endpoint: 'tls://client-events.r1.diagrid.io:443' }, featureflags: { nats_enabled: false, agent_component_validation: true } },
      agent: { config: { upstream_dapr: { container_registry: 'mirror.acme.internal/daprio' }, api_token_error: { enabled: true } } },
    };
    const { values, report } = up(old);
    for (const pointer of ['/global/nats', '/global/featureflags/nats_enabled', '/global/featureflags/agent_component_validation', '/agent/config/upstream_dapr', '/agent/config/api_token_error']) {
      expect(getAt(values, pointer)).toEqual(getAt(old, pointer));
      expect(stepAt(report, 'removed', pointer), pointer).toBeDefined();
    }
    // Kept, they are warnings in 1.90.0, never errors.
    expect(errorsOf(chart190, values)).toEqual([]);
  });

  test('a missing join token is a new requirement that names the Secret alternative', () => {
    const { report } = up({ global: { image: { registry: 'registry.acme.internal' } } });
    expect(stepAt(report, 'new-required', '/join_token')?.message).toMatch(/existingJoinTokenSecret/);
    expect(stepAt(up(production128).report, 'new-required', '/join_token')).toBeUndefined();
  });

  test('a placement limit of 0, which 1.28.0 accepted, is a new requirement', () => {
    const old: Values = { join_token: 't', agent: { config: { placement: { max_project_count: 0, max_appid_count: 300 } } } };
    expect(errorsOf(chart128, old)).toEqual([]);
    const { values, report } = up(old);
    expect(stepAt(report, 'new-required', '/agent/config/placement/max_project_count')?.message).toMatch(/at least 1/);
    expect(stepAt(report, 'new-required', '/agent/config/placement/max_appid_count')).toBeUndefined();
    expect(errorsOf(chart190, values).map((p) => p.pointer)).toEqual(['/agent/config/placement/max_project_count']);
  });

  test('an own CA without trust anchors keeps the 1.28.0 default ConfigMap, written out', () => {
    const old: Values = { join_token: 't', agent: { config: { internal_dapr: { ca: { issuer_secret_name: 'dapr-issuer', namespace: 'cra-agent' } } } } };
    const { values, report } = up(old);
    expect(getAt(values, '/agent/config/internal_dapr/ca')).toEqual({ issuer_secret_name: 'dapr-issuer', namespace: 'cra-agent', trust_anchors_config_map_name: 'ca-certificates-bundle' });
    expect(stepAt(report, 'changed-default', '/agent/config/internal_dapr/ca/trust_anchors_config_map_name')).toBeDefined();
    expect(errorsOf(chart190, values)).toEqual([]);
  });

  test('an external PostgreSQL store without enabled, only a warning in 1.28.0, is a new requirement', () => {
    const old: Values = { join_token: 't', agent: { config: { project: { default_managed_state_store_type: 'postgresql-shared-external' } } } };
    const { report } = up(old);
    expect(stepAt(report, 'new-required', '/agent/config/project/external_postgresql/enabled')).toBeDefined();
    const enabled = up({ join_token: 't', agent: { config: { project: { default_managed_state_store_type: 'postgresql-shared-external', external_postgresql: { enabled: true, connection_string_host: 'pg.acme.internal' } } } } });
    expect(stepAt(enabled.report, 'new-required', '/agent/config/project/external_postgresql/enabled')).toBeUndefined();
    expect(errorsOf(chart190, enabled.values)).toEqual([]);
  });

  test('a tag pinned to the 1.28.0 default is flagged as stale, other tags and unset ones are not', () => {
    const { values, report } = up({ join_token: 't', agent: { image: { tag: '1.28.0' } }, management: { image: { tag: '1.27.4' } } });
    expect(getAt(values, '/agent/image/tag')).toBe('1.28.0');
    expect(stepAt(report, 'changed-default', '/agent/image/tag')?.message).toMatch(/1\.90\.0/);
    expect(stepAt(report, 'changed-default', '/management/image/tag')).toBeUndefined();
    expect(stepAt(report, 'changed-default', '/gateway/controlplane/image/tag')).toBeUndefined();
  });

  test('the old Loki push URL is flagged because the new collector speaks OTLP', () => {
    const { report } = up({ join_token: 't', agent: { config: { otel: { loki_endpoint: 'https://catalyst-logs.r1.diagrid.io/loki/api/v1/push' } } } });
    expect(stepAt(report, 'changed-default', '/agent/config/otel/loki_endpoint')?.message).toMatch(/OTLP/);
  });

  test('the new in-cluster PostgreSQL default is announced, unless the user pinned the state store', () => {
    const unset = up({ join_token: 't' });
    expect(unset.report.find((s) => s.kind === 'changed-default' && s.to === '/global/postgresql')?.message).toMatch(/global\.postgresql\.disabled: true/);
    const pinned = up({ join_token: 't', agent: { config: { project: { default_managed_state_store_type: 'postgresql-shared-disabled' } } } });
    expect(pinned.report.find((s) => s.to === '/global/postgresql')).toBeUndefined();
    expect(stepAt(pinned.report, 'changed-default', '/agent/config/project/default_managed_state_store_type')?.message).toMatch(/wins over global\.postgresql/);
  });
});

describe('from chart 1.90.0 back to 1.28.0', () => {
  const production190: Values = {
    agent: {
      existingJoinTokenSecret: { name: 'catalyst-join-token' },
      logLevel: 'trace',
      image: { tag: '1.90.0' },
      config: {
        host: { ingress: { ip_addr: '203.0.113.10', port: 443, tls: { secret: { name: 'catalyst-ingress-tls' } } } },
        project: {
          blocked_egress: [
            { name: 'rfc1918', cidrs: ['10.0.0.0/8', '172.16.0.0/12'] },
            { name: 'metadata', cidrs: ['169.254.169.254/32'] },
          ],
          allowed_egress: [{ name: 'rds', cidrs: ['10.4.5.6/32'], ports: [{ port: 5432, protocol: 'TCP' }] }],
        },
      },
    },
    global: { secrets: { provider: 'aws.secretmanager', aws: { region: 'us-east-1' } } },
    shared: { scheduling: { tolerations: [{ key: 'dedicated', operator: 'Exists' }] } },
    mcp: { enabled: true },
    networkPolicies: { enabled: true, apiserver: { endpointCIDR: '10.224.0.4/32' } },
  };

  test('shared.scheduling moves back to shared, with a word that 1.28.0 ignores it', () => {
    const { values, report } = down(production190);
    expect(values.shared).toEqual({ tolerations: [{ key: 'dedicated', operator: 'Exists' }] });
    expect(stepAt(report, 'moved', '/shared/scheduling/tolerations')?.message).toMatch(/does not apply it/);
  });

  test('aws.secretmanager is rewritten to aws, and the postgresql provider is reported', () => {
    expect(getAt(down(production190).values, '/global/secrets/provider')).toBe('aws');
    const pg = down({ join_token: 't', global: { secrets: { provider: 'postgresql' } } });
    expect(getAt(pg.values, '/global/secrets/provider')).toBe('postgresql');
    expect(stepAt(pg.report, 'removed', '/global/secrets/provider')?.message).toMatch(/no postgresql secrets provider/);
  });

  test('blocked_egress rules flatten into blocked_cidrs', () => {
    const { values, report } = down(production190);
    expect(getAt(values, '/agent/config/project/blocked_cidrs')).toEqual(['10.0.0.0/8', '172.16.0.0/12', '169.254.169.254/32']);
    expect(getAt(values, '/agent/config/project/blocked_egress')).toBeUndefined();
    expect(stepAt(report, 'moved', '/agent/config/project/blocked_egress')?.message).toMatch(/rfc1918, metadata/);
  });

  test('a join token read from a Secret becomes a new requirement, and the Secret reference is kept', () => {
    const { values, report } = down(production190);
    expect(stepAt(report, 'new-required', '/join_token')?.message).toMatch(/cannot read the join token from a Secret/);
    expect(getAt(values, '/agent/existingJoinTokenSecret/name')).toBe('catalyst-join-token');
    expect(stepAt(report, 'removed', '/agent/existingJoinTokenSecret')).toBeDefined();
  });

  test('settings new in 1.90.0 are kept and reported, and only the missing token fails 1.28.0', () => {
    const { values, report } = down(production190);
    for (const pointer of ['/mcp', '/networkPolicies', '/agent/config/project/allowed_egress', '/agent/config/host/ingress']) {
      expect(stepAt(report, 'removed', pointer)).toBeDefined();
    }
    expect(getAt(values, '/agent/config/host')).toEqual({ ingress_ip_addr: '203.0.113.10', ingress: { port: 443 } });
    expect(getAt(values, '/agent/config/project/ingress_tls_secret_name')).toBe('catalyst-ingress-tls');
    expect(errorsOf(chart128, values).map((p) => p.pointer)).toEqual(['/join_token']);
    expect(errorsOf(chart128, { ...values, join_token: 't' })).toEqual([]);
  });

  test('the trace log level becomes debug', () => {
    const { values, report } = down(production190);
    expect(getAt(values, '/agent/logLevel')).toBe('debug');
    expect(stepAt(report, 'renamed-value', '/agent/logLevel')).toBeDefined();
  });

  test('a tag pinned to the 1.90.0 default is flagged as stale', () => {
    expect(stepAt(down(production190).report, 'changed-default', '/agent/image/tag')?.message).toMatch(/1\.28\.0/);
  });

  test('piko.affinity goes back to the top-level affinity Piko reads in 1.28.0', () => {
    const { values } = down({ join_token: 't', piko: { affinity: { nodeAffinity: {} } } });
    expect(values).toEqual({ join_token: 't', affinity: { nodeAffinity: {} } });
  });
});

describe('there and back again', () => {
  test('1.28.0 → 1.90.0 → 1.28.0 gives the user their values back', () => {
    const there = up(production128);
    const back = down(there.values);
    expect(back.values).toEqual(production128);
  });

  test('every value the user set survives the round trip, even when 1.90.0 needed an extra one', () => {
    const old: Values = {
      join_token: 't',
      global: { nats: { endpoint: 'tls://client-events.r1.diagrid.io:443' }, secrets: { provider: 'redis', redis: { host: 'redis.acme.internal:6379' } } },
      agent: { image: { tag: '1.28.0' }, config: { internal_dapr: { ca: { issuer_secret_name: 'dapr-issuer' } }, project: { blocked_cidrs: [] } } },
    };
    const back = down(up(old).values).values;
    for (const pointer of leafPointers(old)) expect(getAt(back, pointer), pointer).toEqual(getAt(old, pointer));
  });

  test('an inert 1.28.0 piko.affinity is announced, since 1.90.0 applies it (and reads it back as Piko affinity)', () => {
    // piko.affinity means nothing in 1.28.0 and Piko's affinity in 1.90.0, so going back it becomes the
    // top-level affinity 1.28.0's Piko reads: the one value whose round trip follows its 1.90.0 meaning.
    const old: Values = { join_token: 't', piko: { affinity: { nodeAffinity: {} } } };
    const there = up(old);
    expect(there.values).toEqual(old);
    expect(stepAt(there.report, 'changed-default', '/piko/affinity')?.message).toMatch(/did nothing in chart 1\.28\.0/);
  });

  test('1.90.0 → 1.28.0 → 1.90.0 keeps the values both charts know', () => {
    const values190: Values = {
      join_token: 't',
      global: { secrets: { provider: 'aws.secretmanager', aws: { region: 'us-east-1' } } },
      shared: { scheduling: { nodeSelector: { pool: 'system' } } },
      agent: { config: { project: { blocked_egress: [{ name: 'blocked-cidrs', cidrs: ['10.0.0.0/8'] }] } } },
      piko: { affinity: { nodeAffinity: {} } },
    };
    expect(up(down(values190).values).values).toEqual(values190);
  });
});
