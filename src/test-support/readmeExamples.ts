import { test } from 'vitest';

/** The values examples of the chart's README (1.28.0), as a user would paste them. */
export const readmeExamples = {
  uninstallKeepsRegion: 'cleanup:\n  enabled: false\n',
  privateImageRegistry: 'global:\n  image:\n    registry: my-registry.example.com\n',
  otelAddOns:
    'opentelemetry-deployment:\n  enabled: true\n  image:\n    repository: my-registry.example.com/opentelemetry-collector-k8s\n    tag: "0.112.0"\n\nopentelemetry-daemonset:\n  enabled: true\n  image:\n    repository: my-registry.example.com/opentelemetry-collector-k8s\n    tag: "0.112.0"\n',
  privateHelmRegistry:
    'global:\n  charts:\n    registry: "oci://my-registry.example.com/diagrid/catalyst"\n    username: "my-username"\n    password: "my-password"\n    # Or use existingSecret, clientCert, clientKey, customCA\n',
  daprPki:
    'agent:\n  config:\n    internal_dapr:\n      ca:\n        issuer_secret_name: "issuer-secret"\n        trust_anchors_config_map_name: "trust-anchors"\n        namespace: "cra-agent"\n',
  seccomp: 'agent:\n  podSecurityContext:\n    seccompProfile:\n      type: Localhost\n      localhostProfile: profiles/catalyst-agent.json\n',
  gatewayTls: 'gateway:\n  tls:\n    enabled: true\n    existingSecret: "my-tls-secret"\n    # Or provide cert/key inline\n',
  workflows:
    'agent:\n  config:\n    project:\n      default_managed_state_store_type: postgresql-shared-external\n      external_postgresql:\n        enabled: true\n        auth_type: connectionString\n        namespace: postgres\n        connection_string_host: postgres-postgresql.postgres.svc.cluster.local\n        connection_string_port: 5432\n        connection_string_username: postgres\n        connection_string_password: postgres\n        connection_string_database: catalyst\n',
  workflowsDisabled: 'agent:\n  config:\n    project:\n      default_managed_state_store_type: postgresql-shared-disabled\n',
  appTunnels: 'piko:\n  enabled: true\n  certificates:\n    proxy:\n      enabled: true\n      secretName: "piko-proxy-tls"\n',
  secrets: 'global:\n  secrets:\n    provider: "aws_secretmanager"\n    aws:\n      region: "us-east-1"\n',
  networkPolicies: 'agent:\n  config:\n    project:\n      blocked_cidrs:\n        - "10.0.0.0/8",\n        - "172.16.0.0/12",\n        - "192.168.0.0/16"\n',
  tracingCommand: 'diagrid appid update <app-id> --app-config tracing-config\n',
};

/** The examples that are whole values fragments as the README prints them: each renders with the chart. */
const renderingExamples = [
  'uninstallKeepsRegion',
  'privateImageRegistry',
  'otelAddOns',
  'privateHelmRegistry',
  'daprPki',
  'seccomp',
  'gatewayTls',
  'workflows',
  'workflowsDisabled',
  'appTunnels',
] as const satisfies readonly (keyof typeof readmeExamples)[];

/**
 * One test per README example that should be accepted as it is printed; `%s` in the title is the example's
 * name. The examples the README gets wrong (Secrets, Network Policies, the tracing command) are tested on their own.
 */
export function testEachRenderingReadmeExample(title: string, check: (text: string) => void | Promise<void>): void {
  test.each(renderingExamples)(title, (name) => check(readmeExamples[name]));
}
