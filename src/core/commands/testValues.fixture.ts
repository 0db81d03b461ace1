import type { Values } from '../diagnostics/Diagnostic';

const P = 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-public';
const D = 'us-central1-docker.pkg.dev/prj-common-d-shared-89549/reg-d-common-docker-public';
const ternary = (name: string) => `{{ ternary .Values.global.consolidated_image.repository "${name}" .Values.global.consolidated_image.enabled }}`;

/** The parts of chart 1.28.0's values.yaml that commands read, copied value for value. */
export function chartDefaults(): Values {
  return {
    join_token: '',
    global: {
      image: { registry: '', pullPolicy: 'Always', imagePullSecrets: [] },
      charts: { registry: 'oci://public.ecr.aws/diagrid', username: '', password: '', clientCert: '', clientKey: '', customCA: '', existingSecret: '' },
      secrets: { provider: 'kubernetes', aws: { region: '', access_key: '', secret_access_key: '' } },
      control_plane_namespace: 'controlplane',
      control_plane_url: 'catalyst-cloud.r1.diagrid.io:443',
      control_plane_http_url: 'https://api.r1.diagrid.io',
      sentry: {
        enabled: true,
        endpoint: 'dapr-sentry.root-dapr-system.svc.cluster.local:443',
        remote_endpoint: 'sentry.r1.diagrid.io:443',
        trust_anchors_endpoint: 'https://trust.r1.diagrid.io',
      },
      nats: { endpoint: 'tls://client-events.r1.diagrid.io:443', trust_domain: 'trust.diagrid.io', namespace: 'controlplane' },
      featureflags: { nats_enabled: true, agent_component_validation: false },
      consolidated_image: { enabled: true, registry: P, repository: 'catalyst-all', pullPolicy: '' },
    },
    agent: {
      config: {
        sidecar: { image_registry: P, image_name: ternary('sidecar'), image_tag: '1.28.0' },
        otel: {
          enabled: true,
          image_registry: P,
          image_name: ternary('diagrid-otel-collector'),
          image_tag: '1.28.0',
          metrics_endpoint: 'https://catalyst-metrics.r1.diagrid.io/api/v1/push',
          loki_endpoint: 'https://catalyst-logs.r1.diagrid.io/loki/api/v1/push',
          loki_enabled: true,
        },
        upstream_dapr: { container_registry: 'us-central1-docker.pkg.dev/prj-common-d-shared-89549/reg-d-common-docker-hub-proxy/daprio' },
        internal_dapr: {
          container_registry: D,
          ca: { trust_anchors_config_map_name: 'ca-certificates-bundle' },
          sentry: { image: { registry: D, name: ternary('private-sentry'), tag: 'edge' } },
        },
      },
      image: { registry: P, repository: 'cra-agent', tag: '1.28.0', pullPolicy: '' },
    },
    gateway: {
      tls: { enabled: false, existingSecret: '', certificates: { certFile: 'tls.crt', keyFile: 'tls.key', caFile: '' }, cert: '', key: '' },
      ha: { enabled: false, minReplicas: 2 },
      identityInjector: { image: { registry: P, repository: 'identity-injector', tag: '1.28.0', pullPolicy: '' } },
      envoy: {
        image: {
          registry: 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-hub-proxy',
          repository: 'envoyproxy/envoy',
          tag: 'distroless-v1.33.0',
          pullPolicy: '',
        },
      },
      controlplane: {
        xds: { mtls: { enabled: true } },
        image: { registry: P, repository: 'catalyst-gateway', tag: '1.28.0', pullPolicy: '' },
      },
    },
    management: { image: { registry: P, repository: ternary('catalyst-management'), tag: '1.28.0', pullPolicy: '' } },
    piko: {
      enabled: true,
      publicToken: { url: 'http://dapr-sentry.root-dapr-system.svc.cluster.local:9080/jwks.json', cacheTTL: '5m' },
      image: { registry: 'us-central1-docker.pkg.dev/prj-common-p-shared-79896/reg-p-common-docker-hub-proxy/dotjson', repository: 'piko', tag: 'v0.8.3', pullPolicy: 'IfNotPresent' },
      certificates: { proxy: { enabled: false, secretName: '' } },
      httpproxy: { upstreamHostName: 'tunnels.api.diagrid.io' },
    },
    'opentelemetry-deployment': {
      enabled: false,
      image: { repository: 'ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-k8s', pullPolicy: 'IfNotPresent' },
    },
    'opentelemetry-daemonset': {
      enabled: false,
      image: { repository: 'ghcr.io/open-telemetry/opentelemetry-collector-releases/opentelemetry-collector-k8s', pullPolicy: 'IfNotPresent' },
    },
    cleanup: { enabled: true, image: { registry: 'docker.io', repository: 'alpine/k8s', tag: '1.28.3', pullPolicy: 'IfNotPresent' } },
  };
}

/** Helm's coalescing: maps merge, lists and scalars replace, null deletes the default. */
export function coalesce(defaults: Values, user: Values): Values {
  const out: Values = { ...defaults };
  for (const [key, value] of Object.entries(user)) {
    const base = out[key];
    if (value === null) delete out[key];
    else if (isMap(value) && isMap(base)) out[key] = coalesce(base, value);
    else out[key] = value;
  }
  return out;
}

function isMap(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The production configuration the tests share: TLS, HA, private registries, Dapr PKI, PostgreSQL, AWS. */
export function productionValues(): Values {
  return {
    join_token: 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl',
    global: {
      image: { registry: 'registry.corp.example.com/catalyst', imagePullSecrets: [{ name: 'corp-registry' }, { name: 'corp-registry-backup' }] },
      charts: { registry: 'oci://charts.corp.example.com/diagrid/catalyst', existingSecret: 'catalyst-chart-credentials' },
      secrets: { provider: 'aws', aws: { region: 'eu-west-1', access_key: 'AKIAIOSFODNN7EXAMPLE', secret_access_key: 'wJalrXUtnFEMI/K7MDENG' } },
    },
    agent: {
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
        internal_dapr: { ca: { issuer_secret_name: 'dapr-issuer', trust_anchors_config_map_name: 'dapr-trust-anchors', namespace: 'dapr-pki' } },
      },
    },
    gateway: { tls: { enabled: true, existingSecret: 'catalyst-gateway-tls' }, ha: { enabled: true, minReplicas: 3 } },
    cleanup: { enabled: false },
  };
}
