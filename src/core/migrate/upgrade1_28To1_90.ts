import type { Values } from '../diagnostics/Diagnostic';
import { isValuesMap } from '../values/isValuesMap';
import { defaultChanges1_28To1_90 } from './chartDefaultChanges';
import { createMigrationDraft, type MigrationDraft } from './createMigrationDraft';
import type { MigrationResult } from './MigrationResult';
import { noteMissingJoinToken, noteMissingProviderSettings } from './noteRequiredValues';
import { noteStaleDefaults } from './noteStaleDefaults';
import { dottedPath } from '@/core/pointer/jsonPointer';

const versions = { from: '1.28.0', to: '1.90.0' } as const;

/** Chart 1.28.0's README list of blocked CIDRs becomes one rule of 1.90.0's blocked_egress. */
const blockedCidrsRuleName = 'blocked-cidrs';

/** Keys of 1.28.0 that 1.90.0 dropped. Kept in the values (nothing is lost); 1.90.0 ignores them. */
const removedIn1_90: readonly { pointer: string; why: string }[] = [
  { pointer: '/global/nats', why: 'chart 1.90.0 no longer connects to a NATS event stream' },
  { pointer: '/global/featureflags/nats_enabled', why: 'the NATS event stream is gone in chart 1.90.0' },
  { pointer: '/global/featureflags/agent_component_validation', why: 'chart 1.90.0 dropped this flag' },
  { pointer: '/agent/config/upstream_dapr', why: 'chart 1.90.0 no longer deploys the upstream Dapr images' },
  { pointer: '/agent/config/api_token_error', why: 'chart 1.90.0 dropped this setting' },
];

/** What a pinned 1.28.0 default means once the chart is 1.90.0, where the generic note says too little. */
const staleExplanations: Readonly<Record<string, string>> = {
  '/agent/config/project/default_managed_state_store_type':
    'Your value is kept and, as a legacy selector, wins over global.postgresql: the managed state store stays off. Remove it to let global.postgresql decide (an in-cluster PostgreSQL by default).',
  '/agent/config/project/default_managed_pubsub_type':
    'Your value is kept and, as a legacy selector, wins over global.kafka (which keeps Kafka off by default too). Remove it to let global.kafka decide.',
  '/agent/config/otel/loki_endpoint':
    'The 1.90.0 collector sends logs over OTLP, which the old Loki push URL answers with HTTP 400: remove your value unless your endpoint speaks OTLP.',
};

export function upgrade1_28To1_90(userValues: Values): MigrationResult {
  const draft = createMigrationDraft(userValues, versions.to);

  for (const key of ['nodeSelector', 'tolerations', 'affinity']) {
    draft.move(
      `/shared/${key}`,
      `/shared/scheduling/${key}`,
      `shared.${key} moved to shared.scheduling.${key}. Chart 1.28.0 ignored it; chart 1.90.0 applies it to every Catalyst pod (the chart's own, sidecars, the per-project Dapr control plane and collectors), so check it suits all of them.`,
    );
  }
  // 1.28.0's Piko StatefulSet read the top-level `affinity` and ignored piko.affinity; 1.90.0 reads piko.affinity.
  if (draft.has('/piko/affinity') && !draft.has('/affinity')) {
    draft.note({
      kind: 'changed-default',
      from: '/piko/affinity',
      to: '/piko/affinity',
      message: 'piko.affinity did nothing in chart 1.28.0 (Piko read the top-level affinity); chart 1.90.0 applies it to the Piko pods. Check it is what you want, or remove it.',
    });
  }
  draft.move('/affinity', '/piko/affinity', 'The top-level affinity (read by the Piko StatefulSet in chart 1.28.0) moved to piko.affinity, where chart 1.90.0 keeps Piko\'s scheduling.');
  draft.move('/agent/config/host/ingress_ip_addr', '/agent/config/host/ingress/ip_addr', 'agent.config.host.ingress_ip_addr moved to agent.config.host.ingress.ip_addr, beside the other ingress settings of chart 1.90.0.');
  draft.move(
    '/agent/config/project/ingress_tls_secret_name',
    '/agent/config/host/ingress/tls/secret/name',
    'agent.config.project.ingress_tls_secret_name moved to agent.config.host.ingress.tls.secret.name, where chart 1.90.0 reads the ingress certificate Secret.',
  );
  moveBlockedCidrs(draft);

  if (draft.get('/global/secrets/provider') === 'aws') {
    draft.set('/global/secrets/provider', 'aws.secretmanager');
    draft.note({
      kind: 'renamed-value',
      from: '/global/secrets/provider',
      to: '/global/secrets/provider',
      message: 'global.secrets.provider aws is spelled aws.secretmanager in chart 1.90.0 (which refuses aws); rewritten.',
    });
  }

  for (const { pointer, why } of removedIn1_90) {
    if (draft.has(pointer)) {
      draft.note({ kind: 'removed', from: pointer, message: `${dottedPath(pointer)} does nothing any more: ${why}. It is kept in your values; remove it when you no longer need chart 1.28.0.` });
    }
  }

  keepTrustAnchorsConfigMap(draft);
  noteStateStoreDefault(draft);
  noteStaleDefaults(draft, defaultChanges1_28To1_90, 'up', versions, staleExplanations);

  noteMissingJoinToken(draft, versions.to);
  noteMissingProviderSettings(draft, versions.to);
  notePlacementCounts(draft);
  noteLegacyExternalPostgres(draft);
  return draft.result();
}

/** 1.28.0's blocked_cidrs (a list of CIDR strings) becomes one rule of 1.90.0's blocked_egress list. */
function moveBlockedCidrs(draft: MigrationDraft): void {
  const from = '/agent/config/project/blocked_cidrs';
  const cidrs = draft.get(from);
  if (!Array.isArray(cidrs)) {
    if (draft.has(from)) {
      draft.note({ kind: 'removed', from, message: 'agent.config.project.blocked_cidrs is not a list, so it could not become a blocked_egress rule; chart 1.90.0 ignores it. Write agent.config.project.blocked_egress instead.' });
    }
    return;
  }
  const message =
    cidrs.length === 0
      ? 'agent.config.project.blocked_cidrs (empty: block nothing) became an empty agent.config.project.blocked_egress, which also drops the 1.90.0 default rules.'
      : `agent.config.project.blocked_cidrs became one agent.config.project.blocked_egress rule named ${blockedCidrsRuleName} with your ${cidrs.length} CIDR${cidrs.length === 1 ? '' : 's'}. Your list replaces the 1.90.0 default, which also blocks link-local 169.254.0.0/16 (cloud metadata): add that range if you want it. allowed_egress wins over this list.`;
  draft.move(from, '/agent/config/project/blocked_egress', message, (value) =>
    Array.isArray(value) && value.length > 0 ? [{ name: blockedCidrsRuleName, cidrs: value }] : [],
  );
}

/**
 * Chart 1.28.0 defaulted ca.trust_anchors_config_map_name to ca-certificates-bundle, so a user's own CA
 * block often leaves it out; 1.90.0 has no default and refuses a ca block without it. Pinning the old
 * default keeps the install working as before.
 */
function keepTrustAnchorsConfigMap(draft: MigrationDraft): void {
  const ca = draft.get('/agent/config/internal_dapr/ca');
  if (!isValuesMap(ca) || Object.keys(ca).length === 0) return;
  const pointer = '/agent/config/internal_dapr/ca/trust_anchors_config_map_name';
  const name = draft.get(pointer);
  if (name === undefined) {
    draft.set(pointer, 'ca-certificates-bundle');
    draft.note({
      kind: 'changed-default',
      to: pointer,
      message: 'agent.config.internal_dapr.ca.trust_anchors_config_map_name was ca-certificates-bundle by default in chart 1.28.0; chart 1.90.0 has no default and requires it with a ca block, so the old default is now written out. Change it if your trust anchors live in another ConfigMap.',
    });
  } else if (typeof name !== 'string' || name === '') {
    draft.note({
      kind: 'new-required',
      to: pointer,
      message: 'Chart 1.90.0 requires agent.config.internal_dapr.ca.trust_anchors_config_map_name whenever the ca block is set: name the ConfigMap holding your root CAs.',
    });
  }
}

/**
 * Chart 1.28.0 pinned the managed state store off; 1.90.0 leaves the legacy selector empty, so
 * global.postgresql decides, and its default runs an in-cluster PostgreSQL. That is a new StatefulSet and
 * volume in the user's cluster, so it is worth a word even though the user set nothing.
 */
function noteStateStoreDefault(draft: MigrationDraft): void {
  if (draft.has('/agent/config/project/default_managed_state_store_type') || draft.has('/global/postgresql')) return;
  draft.note({
    kind: 'changed-default',
    from: '/agent/config/project/default_managed_state_store_type',
    to: '/global/postgresql',
    message: 'Chart 1.28.0 ran no managed state store by default; chart 1.90.0 runs an in-cluster PostgreSQL (a StatefulSet with a volume) for the state store, workflows and the Dapr scheduler. To stay without one, set global.postgresql.disabled: true and agent.config.internal_dapr.scheduler.backend_type: etcd.',
  });
}

/** Chart 1.28.0 accepted 0 for the placement limits; 1.90.0 refuses anything below 1. */
function notePlacementCounts(draft: MigrationDraft): void {
  if (draft.get('/agent/config/placement') === null) {
    draft.note({ kind: 'new-required', to: '/agent/config/placement', message: 'Chart 1.90.0 requires agent.config.placement: remove the null so the defaults (50 projects, 300 App IDs) apply, or set both limits.' });
    return;
  }
  for (const key of ['max_project_count', 'max_appid_count']) {
    const pointer = `/agent/config/placement/${key}`;
    const count = draft.get(pointer);
    if (count === undefined || (typeof count === 'number' && Number.isInteger(count) && count >= 1)) continue;
    draft.note({ kind: 'new-required', to: pointer, message: `agent.config.placement.${key} is ${JSON.stringify(count)}; chart 1.90.0 requires a whole number of at least 1 (chart 1.28.0 accepted 0).` });
  }
}

/** Chart 1.28.0 only warned about a postgresql-shared-external store without a database; 1.90.0 refuses it. */
function noteLegacyExternalPostgres(draft: MigrationDraft): void {
  if (draft.get('/agent/config/project/default_managed_state_store_type') !== 'postgresql-shared-external') return;
  if (draft.get('/agent/config/project/external_postgresql/enabled') === true) return;
  draft.note({
    kind: 'new-required',
    to: '/agent/config/project/external_postgresql/enabled',
    message: 'With the postgresql-shared-external state store, chart 1.90.0 requires agent.config.project.external_postgresql.enabled: true (1.28.0 rendered without it). Enable it and fill in the connection, or move to global.postgresql.external.',
  });
}
