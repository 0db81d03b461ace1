import { describe, test, expect, beforeAll } from 'vitest';
import { loadChartSchema } from '../schema/chartCatalog';
import { compileChartValidator } from './compileChartValidator';
import type { ChartValidator } from './createChartValidator';
import { checkValuesText } from './checkValuesText';

/**
 * The values examples of the chart's README (1.28.0), as a user would paste them, judged as Helm judges
 * them with `--set join_token=…` on the install line.
 */
const examples = {
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

let validator: ChartValidator;
beforeAll(async () => {
  validator = compileChartValidator(await loadChartSchema('1.28.0'));
});

function errorsOf(example: string) {
  return checkValuesText('join_token: "from --set"\n' + example, validator).diagnostics.filter((d) => d.severity === 'error');
}

describe('the README examples, judged as Helm judges them', () => {
  test.each([
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
  ] as const)('%s renders', (name) => {
    expect(errorsOf(examples[name])).toEqual([]);
  });

  test('the Secrets example fails on aws_secretmanager and suggests aws', () => {
    const [error, ...rest] = errorsOf(examples.secrets);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ pointer: '/global/secrets/provider', line: 4, suggestion: 'aws' });
  });

  test('the Network Policies example with trailing commas is a YAML error at its line', () => {
    const [error] = errorsOf(examples.networkPolicies);
    expect(error).toMatchObject({ source: 'yaml' });
    // Line 6 of the example (the token line comes first): the first item with a trailing comma ends there.
    expect(error?.line).toBeGreaterThanOrEqual(6);
    expect(error?.line).toBeLessThanOrEqual(7);
  });

  test('without the trailing commas the Network Policies example renders', () => {
    expect(errorsOf(examples.networkPolicies.replaceAll('",\n', '"\n'))).toEqual([]);
  });

  test('the tracing line fenced as YAML is not a values file', () => {
    const [error] = checkValuesText(examples.tracingCommand, validator).diagnostics;
    expect(error).toMatchObject({ severity: 'error', line: 1, pointer: '' });
    expect(error?.message).toMatch(/mapping/);
  });
});
