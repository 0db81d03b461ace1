/**
 * Values files on which the studio and Helm must agree about severity (see severityParity.test.ts). Each
 * names the value the studio should speak about and what it should say there: `error` for what Helm or
 * the Kubernetes API refuses (then `kubernetesRefuses` says why, when Helm itself renders it), `warning`
 * with the run-time consequence it should name, or `clean` when nothing is wrong.
 */
export interface SeverityCase {
  name: string;
  values: string;
  pointer: string;
  studio: 'error' | 'warning' | 'clean';
  runTime?: RegExp;
  kubernetesRefuses?: string;
}

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const PEM_NOT = 'gateway:\n  tls:\n    enabled: true\n    cert: test-cert\n    key: test-key\n';

const shared: SeverityCase[] = [
  // Values Helm only copies: a wrong shape is a run-time problem, not a refusal.
  { name: 'a PEM check on test-cert', values: PEM_NOT, pointer: '/gateway/tls/cert', studio: 'warning', runTime: /Secret.*TLS/s },
  { name: 'an image tag pinned by digest', values: `agent:\n  image:\n    tag: 1.28.0@${DIGEST}\n`, pointer: '/agent/image/tag', studio: 'clean' },
  { name: 'an image tag that is no tag', values: 'agent:\n  image:\n    tag: "v1:2"\n', pointer: '/agent/image/tag', studio: 'warning', runTime: /pull/ },
  { name: 'a registry with a scheme', values: 'global:\n  image:\n    registry: https://my.registry.io\n', pointer: '/global/image/registry', studio: 'warning', runTime: /pull/ },
  { name: "burst: '50' in the agent's configuration", values: "agent:\n  config:\n    kubernetes:\n      burst: '50'\n", pointer: '/agent/config/kubernetes/burst', studio: 'warning', runTime: /agent's ConfigMap/ },
  { name: 'a malformed CIDR the agent reads', values: 'agent:\n  config:\n    project:\n      blocked_cidrs: [172.16.0.0/33]\n', pointer: '/agent/config/project/blocked_cidrs/0', studio: 'warning', runTime: /run time/ },
  { name: 'an endpoint URL without its scheme', values: 'global:\n  control_plane_http_url: api.r1.diagrid.io\n', pointer: '/global/control_plane_http_url', studio: 'warning', runTime: /run time/ },
  { name: 'a chart registry without oci://', values: 'global:\n  charts:\n    registry: https://my-registry.example.com/diagrid\n', pointer: '/global/charts/registry', studio: 'warning', runTime: /run time/ },
  { name: 'a duration Envoy cannot read', values: 'gateway:\n  envoy:\n    xds:\n      connect_timeout: 5 seconds\n', pointer: '/gateway/envoy/xds/connect_timeout', studio: 'warning', runTime: /Envoy/ },
  { name: 'an existing TLS Secret name no Secret can have', values: 'gateway:\n  tls:\n    enabled: true\n    existingSecret: My_Secret\n', pointer: '/gateway/tls/existingSecret', studio: 'warning', runTime: /waits/ },
  { name: "a quoted port of the OpenTelemetry add-on while it is off", values: "opentelemetry-deployment:\n  ports:\n    otlp:\n      containerPort: '4317'\n", pointer: '/opentelemetry-deployment/ports/otlp/containerPort', studio: 'warning', runTime: /is off/ },
  { name: 'a quoted port the chart writes without quotes', values: "management:\n  metrics_service:\n    port: '9090'\n", pointer: '/management/metrics_service/port', studio: 'warning', runTime: /without quotes/ },
  { name: 'a namespace kubectl refuses in the cleanup Job', values: 'cleanup:\n  namespaces:\n    dapr: Dapr_System\n', pointer: '/cleanup/namespaces/dapr', studio: 'warning', runTime: /uninstall/ },

  // Helm refuses: the studio must say error.
  { name: 'gateway: with every child commented out', values: 'gateway:\n#  tls:\n#    enabled: true\n', pointer: '/gateway', studio: 'error' },
  { name: 'tls: with every child commented out', values: 'gateway:\n  tls:\n#    enabled: true\n', pointer: '/gateway/tls', studio: 'error' },
  { name: 'a scalar for a whole section', values: 'gateway: "off"\n', pointer: '/gateway', studio: 'error' },
  { name: 'a non-string annotation value', values: 'agent:\n  podAnnotations:\n    prometheus.io/port: 9090\n', pointer: '/agent/podAnnotations/prometheus.io~1port', studio: 'error' },
  { name: 'an empty image tag', values: 'gateway:\n  envoy:\n    image:\n      tag: ""\n', pointer: '/gateway/envoy/image/tag', studio: 'error' },
  { name: 'template text in a value the chart writes out verbatim', values: "agent:\n  fullnameOverride: '{{ .Release.Name }}-agent'\n", pointer: '/agent/fullnameOverride', studio: 'error' },
  { name: 'a patch given as a map', values: 'agent:\n  patch:\n    env:\n      A: "1"\n', pointer: '/agent/patch/env', studio: 'error' },
  { name: 'a template reading a value that does not exist', values: 'agent:\n  config:\n    project:\n      ingress_tls_secret_name: "{{ .Values.nope.x }}"\n', pointer: '/agent/config/project/ingress_tls_secret_name', studio: 'error' },

  // Helm renders, the Kubernetes API refuses the object.
  { name: 'a memory limit that is no quantity', values: 'agent:\n  resources:\n    limits:\n      memory: 1200MB\n', pointer: '/agent/resources/limits/memory', studio: 'error', kubernetesRefuses: 'resources.limits must be quantities (1200MB is not one: M or Mi, never MB)' },
  { name: 'a quoted user id in the pod security context', values: "agent:\n  podSecurityContext:\n    runAsUser: '1000'\n", pointer: '/agent/podSecurityContext/runAsUser', studio: 'error', kubernetesRefuses: 'securityContext.runAsUser is an integer field; the API server does not decode a string into it' },
  { name: 'a seccomp profile type the API does not know', values: 'agent:\n  podSecurityContext:\n    seccompProfile:\n      type: Default\n', pointer: '/agent/podSecurityContext/seccompProfile/type', studio: 'error', kubernetesRefuses: 'seccompProfile.type must be RuntimeDefault, Localhost or Unconfined' },
  { name: 'a word for a port the chart writes without quotes', values: 'management:\n  metrics_service:\n    port: x\n', pointer: '/management/metrics_service/port', studio: 'error', kubernetesRefuses: 'a Service port is an integer field' },
  { name: 'a service account name that is no Kubernetes name', values: 'agent:\n  serviceAccount:\n    name: Catalyst_Agent\n', pointer: '/agent/serviceAccount/name', studio: 'error', kubernetesRefuses: 'the chart creates a ServiceAccount of this name, and object names must be DNS subdomains' },
];

const OTEL_NODESELECTOR: SeverityCase = {
  name: 'a switched-on OpenTelemetry add-on with a key its schema does not allow',
  values: 'opentelemetry-deployment:\n  enabled: true\n  mode: deployment\n  nodeselector:\n    kubernetes.io/os: linux\n',
  pointer: '/opentelemetry-deployment/nodeselector',
  studio: 'error',
};

export const severityCases: Record<string, SeverityCase[]> = {
  '1.28.0': [
    ...shared,
    OTEL_NODESELECTOR,
    { name: 'the README aws_secretmanager provider', values: 'global:\n  secrets:\n    provider: aws_secretmanager\n', pointer: '/global/secrets/provider', studio: 'error' },
  ],
  '1.90.0': [
    ...shared,
    OTEL_NODESELECTOR,
    { name: "1.28.0's aws provider", values: 'global:\n  secrets:\n    provider: aws\n', pointer: '/global/secrets/provider', studio: 'error' },
    { name: 'a quoted port of the MCP server while it is off', values: "mcp:\n  enabled: false\n  httpPort: '8080'\n", pointer: '/mcp/httpPort', studio: 'warning', runTime: /MCP server.*is off/ },
    { name: 'an MCP server that authenticates itself', values: 'mcp:\n  enabled: true\n  httpAuthMode: server\n', pointer: '/mcp/httpAuthMode', studio: 'error' },
    { name: 'an empty data-backend host while the backend is external', values: 'global:\n  redis:\n    disabled: false\n    create: false\n', pointer: '/global/redis/external/host', studio: 'error' },
  ],
};
