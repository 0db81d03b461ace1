import { dottedPath } from '../pointer/jsonPointer';
import { isValuesMap } from '../values/isValuesMap';
import type { MigrationDraft } from './createMigrationDraft';

/** The two ends of a migration, for messages: the chart the values come from and the one they go to. */
export interface MigrationEnds {
  from: string;
  to: string;
}

/**
 * What a person knows about the chart's history and the values.yaml files cannot say: a key that moved (the
 * files only show one key gone and another new), a value spelled anew, and rules whose meaning changed.
 * Each entry names the first release known to have the change (`since`); migrating values across that
 * release applies it, upwards or back. Everything else (keys removed or added, defaults and types changed)
 * is computed from the two charts' values.
 */
export type CuratedChange =
  | {
      kind: 'move';
      since: string;
      /** Where the older charts read the value, and where the newer ones do. */
      older: string;
      newer: string;
      up: (ends: MigrationEnds) => string;
      down: (ends: MigrationEnds) => string;
    }
  | {
      kind: 'reshape';
      since: string;
      older: string;
      newer: string;
      /** Runs instead of a plain move, for a value whose shape changed with its place. */
      up: (draft: MigrationDraft, ends: MigrationEnds) => void;
      down: (draft: MigrationDraft, ends: MigrationEnds) => void;
    }
  | {
      kind: 'value';
      since: string;
      pointer: string;
      /** The newer charts' spelling, and the older one's (none: the older charts have no such value). */
      newer: string;
      older: string | undefined;
      /** True when the older value stays as it is going up (it still exists in the newer charts). */
      olderStays?: boolean;
      /** What to say going back, where "spelled differently" is not the story. */
      down?: (ends: MigrationEnds) => string;
    }
  | {
      kind: 'rule';
      since: string;
      /** What the user must know or have written when their values cross this release. */
      up?: (draft: MigrationDraft, ends: MigrationEnds) => void;
      down?: (draft: MigrationDraft, ends: MigrationEnds) => void;
    };

/** The rule the older charts' README list of blocked CIDRs becomes in blocked_egress. */
const blockedCidrsRuleName = 'blocked-cidrs';

/** The first release whose agent reads the join token from an existing Secret. */
export const joinTokenSecretSince = '1.55.0';

const scheduling = ['nodeSelector', 'tolerations', 'affinity'].map(
  (key): CuratedChange => ({
    kind: 'move',
    since: '1.55.0',
    older: `/shared/${key}`,
    newer: `/shared/scheduling/${key}`,
    up: ({ from, to }) =>
      `shared.${key} moved to shared.scheduling.${key}. Chart ${from} ignored it; chart ${to} applies it to every Catalyst pod (the chart's own, sidecars, the per-project Dapr control plane and collectors), so check it suits all of them.`,
    down: ({ to }) =>
      `shared.scheduling.${key} moved back to shared.${key}, where chart ${to} expects it but does not apply it: set it on each component (agent.${key}, gateway.envoy.${key}, ...) for it to take effect.`,
  }),
);

export const curatedChanges: readonly CuratedChange[] = [
  {
    kind: 'rule',
    since: '1.40.0',
    up: notePlacementCounts,
  },
  ...scheduling,
  {
    kind: 'rule',
    since: '1.55.0',
    // The older Piko StatefulSet read the top-level `affinity` and ignored piko.affinity.
    up: (draft, { from, to }) => {
      if (!draft.has('/piko/affinity') || draft.has('/affinity')) return;
      draft.note({
        kind: 'changed-default',
        from: '/piko/affinity',
        to: '/piko/affinity',
        message: `piko.affinity did nothing in chart ${from} (Piko read the top-level affinity); chart ${to} applies it to the Piko pods. Check it is what you want, or remove it.`,
      });
    },
  },
  {
    kind: 'move',
    since: '1.55.0',
    older: '/affinity',
    newer: '/piko/affinity',
    up: ({ from, to }) => `The top-level affinity (read by the Piko StatefulSet in chart ${from}) moved to piko.affinity, where chart ${to} keeps Piko's scheduling.`,
    down: ({ to }) => `piko.affinity moved to the top-level affinity, which is what chart ${to}'s Piko StatefulSet reads.`,
  },
  {
    kind: 'move',
    since: '1.55.0',
    older: '/agent/config/host/ingress_ip_addr',
    newer: '/agent/config/host/ingress/ip_addr',
    up: ({ to }) => `agent.config.host.ingress_ip_addr moved to agent.config.host.ingress.ip_addr, beside the other ingress settings of chart ${to}.`,
    down: ({ to }) => `agent.config.host.ingress.ip_addr moved back to agent.config.host.ingress_ip_addr, the chart ${to} place.`,
  },
  {
    kind: 'move',
    since: '1.55.0',
    older: '/agent/config/project/ingress_tls_secret_name',
    newer: '/agent/config/host/ingress/tls/secret/name',
    up: ({ to }) => `agent.config.project.ingress_tls_secret_name moved to agent.config.host.ingress.tls.secret.name, where chart ${to} reads the ingress certificate Secret.`,
    down: ({ to }) => `agent.config.host.ingress.tls.secret.name moved back to agent.config.project.ingress_tls_secret_name, the chart ${to} place.`,
  },
  {
    kind: 'reshape',
    since: '1.55.0',
    older: '/agent/config/project/blocked_cidrs',
    newer: '/agent/config/project/blocked_egress',
    up: blockedCidrsToEgress,
    down: blockedEgressToCidrs,
  },
  {
    kind: 'value',
    since: '1.55.0',
    pointer: '/global/secrets/provider',
    newer: 'aws.secretmanager',
    older: 'aws',
  },
  {
    kind: 'value',
    since: '1.55.0',
    pointer: '/global/secrets/provider',
    newer: 'postgresql',
    older: undefined,
    down: ({ from, to }) => `Chart ${to} has no postgresql secrets provider: choose kubernetes, aws or redis (and move the secrets), or stay on chart ${from}.`,
  },
  {
    kind: 'rule',
    since: '1.55.0',
    up: keepTrustAnchorsConfigMap,
  },
  {
    kind: 'value',
    since: '1.70.0',
    pointer: '/agent/logLevel',
    newer: 'trace',
    older: 'debug',
    olderStays: true,
    down: ({ to }) => `agent.logLevel trace does not exist in chart ${to}; debug is the most verbose level there, so it was rewritten to debug.`,
  },
  {
    kind: 'rule',
    since: '1.89.0',
    up: (draft, ends) => {
      noteStateStoreDefaultUp(draft, ends);
      noteLegacyExternalPostgres(draft, ends);
    },
    down: noteStateStoreDefaultDown,
  },
];

/**
 * Why a value stopped doing anything, what an older chart offers instead of a newer value, or what a pinned
 * old default means now, where the generic words say too little. By pointer; every version where it applies.
 */
export const curatedExplanations: Readonly<Record<string, { gone?: string; added?: string; staleDefault?: string }>> = {
  '/global/nats': { gone: 'the chart no longer connects to a NATS event stream' },
  '/global/featureflags/nats_enabled': { gone: 'the NATS event stream is gone' },
  '/global/featureflags/agent_component_validation': { gone: 'the chart dropped this flag' },
  '/agent/config/upstream_dapr': { gone: 'the chart no longer deploys the upstream Dapr images' },
  '/agent/config/api_token_error': { gone: 'the chart dropped this setting' },
  '/agent/existingJoinTokenSecret': { added: 'set join_token instead' },
  '/global/postgresql': { added: 'the older chart configures workflow storage with agent.config.project.default_managed_state_store_type and external_postgresql' },
  '/global/kafka': { added: 'the older chart only knows agent.config.project.default_managed_pubsub_type' },
  '/agent/config/project/allowed_egress': { added: 'the older chart only has a block list (blocked_cidrs)' },
  '/agent/config/project/allowed_ingress': { added: 'the older chart only has a block list (blocked_cidrs)' },
  '/gateway/envoy/autoscaling': { added: 'size Envoy with gateway.envoy.replicaCount or gateway.ha' },
  '/management/autoscaling': { added: 'size management with management.replicaCount' },
  '/agent/config/project/default_managed_state_store_type': {
    staleDefault:
      'Your value is kept and, as a legacy selector, wins over global.postgresql: the managed state store stays off. Remove it to let global.postgresql decide (an in-cluster PostgreSQL by default).',
  },
  '/agent/config/project/default_managed_pubsub_type': {
    staleDefault: 'Your value is kept and, as a legacy selector, wins over global.kafka (which keeps Kafka off by default too). Remove it to let global.kafka decide.',
  },
  '/agent/config/otel/loki_endpoint': {
    staleDefault: 'The newer collector sends logs over OTLP, which the old Loki push URL answers with HTTP 400: remove your value unless your endpoint speaks OTLP.',
  },
};

/** The older charts' README list of blocked CIDRs becomes one rule of blocked_egress. */
function blockedCidrsToEgress(draft: MigrationDraft, { to }: MigrationEnds): void {
  const from = '/agent/config/project/blocked_cidrs';
  const cidrs = draft.get(from);
  if (!Array.isArray(cidrs)) {
    if (draft.has(from)) {
      draft.note({ kind: 'removed', from, message: `agent.config.project.blocked_cidrs is not a list, so it could not become a blocked_egress rule; chart ${to} ignores it. Write agent.config.project.blocked_egress instead.` });
    }
    return;
  }
  const message =
    cidrs.length === 0
      ? `agent.config.project.blocked_cidrs (empty: block nothing) became an empty agent.config.project.blocked_egress, which also drops the chart ${to} default rules.`
      : `agent.config.project.blocked_cidrs became one agent.config.project.blocked_egress rule named ${blockedCidrsRuleName} with your ${cidrs.length} CIDR${cidrs.length === 1 ? '' : 's'}. Your list replaces the chart ${to} default, which also blocks link-local 169.254.0.0/16 (cloud metadata): add that range if you want it. allowed_egress wins over this list.`;
  draft.move(from, '/agent/config/project/blocked_egress', message, (value) => (Array.isArray(value) && value.length > 0 ? [{ name: blockedCidrsRuleName, cidrs: value }] : []));
}

/** blocked_egress rules flatten into the older blocked_cidrs list: the CIDRs survive, rule names do not. */
function blockedEgressToCidrs(draft: MigrationDraft, { to }: MigrationEnds): void {
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
    `agent.config.project.blocked_egress became chart ${to}'s agent.config.project.blocked_cidrs: ${cidrs.length} CIDR${cidrs.length === 1 ? '' : 's'} from ${rules.length} rule${rules.length === 1 ? '' : 's'}${names.length > 0 ? ` (${names.join(', ')})` : ''}; rule names are not kept.`,
    () => cidrs,
  );
}

/**
 * The older charts defaulted ca.trust_anchors_config_map_name to ca-certificates-bundle, so a user's own CA
 * block often leaves it out; the newer ones have no default and refuse a ca block without it. Pinning the
 * old default keeps the install working as before.
 */
function keepTrustAnchorsConfigMap(draft: MigrationDraft, { from, to }: MigrationEnds): void {
  const ca = draft.get('/agent/config/internal_dapr/ca');
  if (!isValuesMap(ca) || Object.keys(ca).length === 0) return;
  const pointer = '/agent/config/internal_dapr/ca/trust_anchors_config_map_name';
  const name = draft.get(pointer);
  if (name === undefined) {
    draft.set(pointer, 'ca-certificates-bundle');
    draft.note({
      kind: 'changed-default',
      to: pointer,
      message: `${dottedPath(pointer)} was ca-certificates-bundle by default in chart ${from}; chart ${to} has no default and requires it with a ca block, so the old default is now written out. Change it if your trust anchors live in another ConfigMap.`,
    });
  } else if (typeof name !== 'string' || name === '') {
    draft.note({
      kind: 'new-required',
      to: pointer,
      message: `Chart ${to} requires ${dottedPath(pointer)} whenever the ca block is set: name the ConfigMap holding your root CAs.`,
    });
  }
}

/**
 * The older charts pinned the managed state store off; the newer ones leave the legacy selector empty, so
 * global.postgresql decides, and its default runs an in-cluster PostgreSQL. That is a new StatefulSet and
 * volume in the user's cluster, so it is worth a word even though the user set nothing.
 */
function noteStateStoreDefaultUp(draft: MigrationDraft, { from, to }: MigrationEnds): void {
  if (draft.has('/agent/config/project/default_managed_state_store_type') || draft.has('/global/postgresql')) return;
  draft.note({
    kind: 'changed-default',
    from: '/agent/config/project/default_managed_state_store_type',
    to: '/global/postgresql',
    message: `Chart ${from} ran no managed state store by default; chart ${to} runs an in-cluster PostgreSQL (a StatefulSet with a volume) for the state store, workflows and the Dapr scheduler. To stay without one, set global.postgresql.disabled: true and agent.config.internal_dapr.scheduler.backend_type: etcd.`,
  });
}

function noteStateStoreDefaultDown(draft: MigrationDraft, { from, to }: MigrationEnds): void {
  if (draft.has('/agent/config/project/default_managed_state_store_type')) return;
  if (draft.get('/global/postgresql/disabled') === true) return;
  draft.note({
    kind: 'changed-default',
    from: '/global/postgresql',
    to: '/agent/config/project/default_managed_state_store_type',
    message: `Chart ${from} ran an in-cluster PostgreSQL for the state store by default; chart ${to} runs no managed state store (postgresql-shared-disabled) unless agent.config.project.default_managed_state_store_type and external_postgresql say otherwise.`,
  });
}

/** The older charts accepted 0 for the placement limits; the newer ones refuse anything below 1. */
function notePlacementCounts(draft: MigrationDraft, { from, to }: MigrationEnds): void {
  if (draft.get('/agent/config/placement') === null) {
    draft.note({ kind: 'new-required', to: '/agent/config/placement', message: `Chart ${to} requires agent.config.placement: remove the null so the defaults (50 projects, 300 App IDs) apply, or set both limits.` });
    return;
  }
  for (const key of ['max_project_count', 'max_appid_count']) {
    const pointer = `/agent/config/placement/${key}`;
    const count = draft.get(pointer);
    if (count === undefined || (typeof count === 'number' && Number.isInteger(count) && count >= 1)) continue;
    draft.note({ kind: 'new-required', to: pointer, message: `agent.config.placement.${key} is ${JSON.stringify(count)}; chart ${to} requires a whole number of at least 1 (chart ${from} accepted 0).` });
  }
}

/** The older charts only warned about a postgresql-shared-external store without a database; the newer ones refuse it. */
function noteLegacyExternalPostgres(draft: MigrationDraft, { from, to }: MigrationEnds): void {
  if (draft.get('/agent/config/project/default_managed_state_store_type') !== 'postgresql-shared-external') return;
  if (draft.get('/agent/config/project/external_postgresql/enabled') === true) return;
  draft.note({
    kind: 'new-required',
    to: '/agent/config/project/external_postgresql/enabled',
    message: `With the postgresql-shared-external state store, chart ${to} requires agent.config.project.external_postgresql.enabled: true (chart ${from} rendered without it). Enable it and fill in the connection, or move to global.postgresql.external.`,
  });
}
