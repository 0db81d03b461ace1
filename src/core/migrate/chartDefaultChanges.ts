/**
 * Leaves of values.yaml present in both chart versions whose default differs (generated from the two
 * values.yaml files; chartDefaultChanges.test.ts checks it against the shipped schemas). A user value equal
 * to one side's default was most likely copied from that chart's values.yaml, so it goes stale on a move.
 */
export interface DefaultChange {
  pointer: string;
  /** The default of chart 1.28.0. */
  before: unknown;
  /** The default of chart 1.90.0. */
  after: unknown;
}

export const defaultChanges1_28To1_90: readonly DefaultChange[] = [
  { pointer: '/agent/config/project/default_managed_pubsub_type', before: 'kafka-shared-disabled', after: '' },
  { pointer: '/agent/config/project/default_managed_state_store_type', before: 'postgresql-shared-disabled', after: '' },
  { pointer: '/agent/config/sidecar/image_tag', before: '1.28.0', after: '1.90.0' },
  {
    pointer: '/agent/config/otel/image_name',
    before: '{{ ternary .Values.global.consolidated_image.repository "diagrid-otel-collector" .Values.global.consolidated_image.enabled }}',
    after: '{{ ternary .Values.global.consolidated_image.repository "catalyst-otel-collector" .Values.global.consolidated_image.enabled }}',
  },
  { pointer: '/agent/config/otel/image_tag', before: '1.28.0', after: '1.90.0' },
  { pointer: '/agent/config/otel/loki_endpoint', before: 'https://catalyst-logs.r1.diagrid.io/loki/api/v1/push', after: 'https://catalyst-logs.r1.diagrid.io/otlp/v1/logs' },
  {
    pointer: '/agent/config/internal_dapr/container_registry',
    before: 'us-central1-docker.pkg.dev/prj-common-d-shared-89549/reg-d-common-docker-public',
    after: 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-public',
  },
  {
    pointer: '/agent/config/internal_dapr/sentry/image/registry',
    before: 'us-central1-docker.pkg.dev/prj-common-d-shared-89549/reg-d-common-docker-public',
    after: 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-public',
  },
  { pointer: '/agent/config/internal_dapr/sentry/image/tag', before: 'edge', after: '1.90.0' },
  { pointer: '/agent/image/tag', before: '1.28.0', after: '1.90.0' },
  { pointer: '/agent/resources/limits/memory', before: '1200Mi', after: '2Gi' },
  { pointer: '/gateway/identityInjector/image/tag', before: '1.28.0', after: '1.90.0' },
  { pointer: '/gateway/identityInjector/resources/limits/cpu', before: '50m', after: '200m' },
  { pointer: '/gateway/identityInjector/resources/limits/memory', before: '50Mi', after: '128Mi' },
  { pointer: '/gateway/identityInjector/resources/requests/cpu', before: '10m', after: '50m' },
  { pointer: '/gateway/identityInjector/resources/requests/memory', before: '15Mi', after: '64Mi' },
  { pointer: '/gateway/envoy/image/tag', before: 'distroless-v1.33.0', after: 'distroless-v1.38.0' },
  { pointer: '/gateway/controlplane/image/tag', before: '1.28.0', after: '1.90.0' },
  { pointer: '/management/image/tag', before: '1.28.0', after: '1.90.0' },
  { pointer: '/management/resources/requests/cpu', before: '40m', after: '10m' },
  {
    pointer: '/piko/image/registry',
    before: 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-hub-proxy/dotjson',
    after: 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-public',
  },
  { pointer: '/piko/image/repository', before: 'piko', after: 'diagrid-piko' },
  { pointer: '/piko/image/tag', before: 'v0.8.3', after: 'v1.0.1' },
  { pointer: '/piko/podSecurityContext/runAsNonRoot', before: false, after: true },
  { pointer: '/cleanup/image/registry', before: 'docker.io', after: 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-hub-proxy' },
  { pointer: '/cleanup/image/tag', before: '1.28.3', after: '1.36.0' },
];
