import type { Values } from '../diagnostics/Diagnostic';
import { isValuesMap } from '../values/isValuesMap';
import { defaultChanges1_28To1_90 } from './chartDefaultChanges';
import { createMigrationDraft, type MigrationDraft } from './createMigrationDraft';
import type { MigrationResult } from './MigrationResult';
import { noteMissingJoinToken, noteMissingProviderSettings } from './noteRequiredValues';
import { noteStaleDefaults } from './noteStaleDefaults';
import { dottedPath } from '@/core/pointer/jsonPointer';

const versions = { from: '1.90.0', to: '1.28.0' } as const;

/**
 * Values chart 1.90.0 added. Kept when going back (nothing is lost, and they come back to life on the
 * next upgrade); chart 1.28.0 ignores them. `hint` says what 1.28.0 offers instead, when anything.
 */
const addedIn1_90: readonly { pointer: string; hint?: string }[] = [
  { pointer: '/agent/existingJoinTokenSecret', hint: 'set join_token instead' },
  { pointer: '/global/secrets/postgresql' },
  { pointer: '/global/sentry/jwt_audiences' },
  { pointer: '/global/waitForDaprConfig' },
  { pointer: '/global/postgresql', hint: 'chart 1.28.0 configures workflow storage with agent.config.project.default_managed_state_store_type and external_postgresql' },
  { pointer: '/global/kafka', hint: 'chart 1.28.0 only knows agent.config.project.default_managed_pubsub_type' },
  { pointer: '/global/redis' },
  ...['daprChartName', 'bitnamiChartRegistry', 'bitnamiImageRegistry', 'bitnamiKafkaChartVersion', 'bitnamiPostgresqlChartVersion', 'bitnamiRedisChartVersion'].map((key) => ({ pointer: `/global/charts/${key}` })),
  { pointer: '/agent/config/host/ingress' },
  { pointer: '/agent/config/project/disable_network_policies' },
  { pointer: '/agent/config/project/externally_managed_namespaces' },
  { pointer: '/agent/config/project/allowed_egress', hint: 'chart 1.28.0 only has a block list (blocked_cidrs)' },
  { pointer: '/agent/config/project/allowed_ingress', hint: 'chart 1.28.0 only has a block list (blocked_cidrs)' },
  ...['node_selector', 'tolerations', 'affinity', 'use_public_identity', 'soft_mem_limit', 'pod_annotations', 'pod_labels', 'trusted_ca'].map((key) => ({ pointer: `/agent/config/sidecar/${key}` })),
  ...['node_selector', 'tolerations', 'affinity', 'metrics_private_export'].map((key) => ({ pointer: `/agent/config/otel/${key}` })),
  ...['log_level', 'node_selector', 'tolerations', 'affinity'].map((key) => ({ pointer: `/agent/config/internal_dapr/${key}` })),
  { pointer: '/agent/config/internal_dapr/scheduler/backend_type' },
  { pointer: '/agent/config/internal_dapr/scheduler/postgresql' },
  { pointer: '/agent/config/sandbox' },
  { pointer: '/agent/config/oidc' },
  { pointer: '/agent/podLabels' },
  { pointer: '/gateway/allowLocalDevOrigin' },
  { pointer: '/gateway/envoy/autoscaling', hint: 'size Envoy with gateway.envoy.replicaCount or gateway.ha' },
  { pointer: '/gateway/envoy/drainTimeSeconds' },
  { pointer: '/gateway/envoy/podLabels' },
  { pointer: '/gateway/controlplane/podLabels' },
  { pointer: '/management/config/tunnel' },
  { pointer: '/management/autoscaling', hint: 'size management with management.replicaCount' },
  { pointer: '/management/podLabels' },
  { pointer: '/mcp' },
  { pointer: '/piko/nodeSelector' },
  { pointer: '/piko/tolerations' },
  { pointer: '/networkPolicies' },
  { pointer: '/metrics-server' },
];

export function downgrade1_90To1_28(userValues: Values): MigrationResult {
  const draft = createMigrationDraft(userValues, versions.to);

  for (const key of ['nodeSelector', 'tolerations', 'affinity']) {
    draft.move(
      `/shared/scheduling/${key}`,
      `/shared/${key}`,
      `shared.scheduling.${key} moved back to shared.${key}, where chart 1.28.0 expects it but does not apply it: set it on each component (agent.${key}, gateway.envoy.${key}, ...) for it to take effect.`,
    );
  }
  draft.move('/piko/affinity', '/affinity', 'piko.affinity moved to the top-level affinity, which is what chart 1.28.0\'s Piko StatefulSet reads.');
  draft.move('/agent/config/host/ingress/ip_addr', '/agent/config/host/ingress_ip_addr', 'agent.config.host.ingress.ip_addr moved back to agent.config.host.ingress_ip_addr, the chart 1.28.0 place.');
  draft.move(
    '/agent/config/host/ingress/tls/secret/name',
    '/agent/config/project/ingress_tls_secret_name',
    'agent.config.host.ingress.tls.secret.name moved back to agent.config.project.ingress_tls_secret_name, the chart 1.28.0 place.',
  );
  moveBlockedEgress(draft);

  const provider = draft.get('/global/secrets/provider');
  if (provider === 'aws.secretmanager') {
    draft.set('/global/secrets/provider', 'aws');
    draft.note({ kind: 'renamed-value', from: '/global/secrets/provider', to: '/global/secrets/provider', message: 'global.secrets.provider aws.secretmanager is spelled aws in chart 1.28.0; rewritten.' });
  } else if (provider === 'postgresql') {
    draft.note({ kind: 'removed', from: '/global/secrets/provider', message: 'Chart 1.28.0 has no postgresql secrets provider: choose kubernetes, aws or redis (and move the secrets), or stay on chart 1.90.0.' });
  }
  if (draft.get('/agent/logLevel') === 'trace') {
    draft.set('/agent/logLevel', 'debug');
    draft.note({ kind: 'renamed-value', from: '/agent/logLevel', to: '/agent/logLevel', message: 'agent.logLevel trace does not exist in chart 1.28.0; debug is the most verbose level there, so it was rewritten to debug.' });
  }

  for (const { pointer, hint } of addedIn1_90) {
    if (draft.has(pointer)) {
      draft.note({ kind: 'removed', from: pointer, message: `${dottedPath(pointer)} is new in chart 1.90.0, so chart 1.28.0 ignores it${hint ? `: ${hint}` : ''}. It is kept in your values.` });
    }
  }

  noteStateStoreDefault(draft);
  noteStaleDefaults(draft, defaultChanges1_28To1_90, 'down', versions);
  noteMissingJoinToken(draft, versions.to);
  noteMissingProviderSettings(draft, versions.to);
  return draft.result();
}

/** 1.90.0's blocked_egress rules flatten into 1.28.0's blocked_cidrs list: the CIDRs survive, rule names do not. */
function moveBlockedEgress(draft: MigrationDraft): void {
  const from = '/agent/config/project/blocked_egress';
  const rules = draft.get(from);
  if (!Array.isArray(rules)) return;
  const cidrs = rules.flatMap((rule): unknown[] => {
    if (typeof rule === 'string') return [rule];
    const listed = isValuesMap(rule) ? rule.cidrs : undefined;
    return Array.isArray(listed) ? listed : [];
  });
  const names = rules.flatMap((rule) => (isValuesMap(rule) && typeof rule.name === 'string' ? [rule.name] : []));
  draft.move(
    from,
    '/agent/config/project/blocked_cidrs',
    `agent.config.project.blocked_egress became chart 1.28.0's agent.config.project.blocked_cidrs: ${cidrs.length} CIDR${cidrs.length === 1 ? '' : 's'} from ${rules.length} rule${rules.length === 1 ? '' : 's'}${names.length > 0 ? ` (${names.join(', ')})` : ''}; rule names are not kept.`,
    () => cidrs,
  );
}

/** The reverse of the upgrade note: 1.28.0 runs no managed state store unless the legacy selector says so. */
function noteStateStoreDefault(draft: MigrationDraft): void {
  if (draft.has('/agent/config/project/default_managed_state_store_type')) return;
  if (draft.get('/global/postgresql/disabled') === true) return;
  draft.note({
    kind: 'changed-default',
    from: '/global/postgresql',
    to: '/agent/config/project/default_managed_state_store_type',
    message: 'Chart 1.90.0 ran an in-cluster PostgreSQL for the state store by default; chart 1.28.0 runs no managed state store (postgresql-shared-disabled) unless agent.config.project.default_managed_state_store_type and external_postgresql say otherwise.',
  });
}
