import { beforeAll, describe, expect, test } from 'vitest';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { helmTemplate, splitHelmOutput } from '../../test-support/helmTemplateOutput';
import { parseValues } from '../yaml/parseValues';
import type { Values } from '../diagnostics/Diagnostic';
import { checkKubernetesObjects, type ObjectRefusal } from './checkKubernetesObjects';
import type { KubernetesSchemas } from './KubernetesSchemas';
import { loadKubernetesSchemas } from './loadKubernetesSchemas';
import { locateRefusal } from './locateRefusal';
import { CHECKED_KINDS, notCheckedBecause } from './checkedKinds';
import RE2 from './re2ForModels';
import type { KubernetesVersion } from './kubernetesVersions';

let schemas: KubernetesSchemas;
beforeAll(async () => {
  schemas = await loadKubernetesSchemas();
});

function object(yaml: string): HelmManifest {
  const kind = /^kind: (\S+)/m.exec(yaml)?.[1] ?? '';
  const name = /^ {2}name: (\S+)/m.exec(yaml)?.[1] ?? '';
  return { source: 'demo/templates/object.yaml', kind, name, namespace: '', yaml, hooks: [] };
}

function check(yaml: string, version: KubernetesVersion = '1.35'): ObjectRefusal[] {
  return checkKubernetesObjects([object(yaml)], { version, schemas });
}

const deployment = (container: string, name = 'agent') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
        - name: agent
          image: agent:1.0
${container
  .split('\n')
  .filter(Boolean)
  .map((line) => `          ${line}`)
  .join('\n')}
`;

describe('what the Kubernetes API server would refuse in a rendered object', () => {
  test('a field of the wrong type: a boolean written as a string', () => {
    expect(check(deployment('securityContext:\n  allowPrivilegeEscalation: false'))).toEqual([]);
    expect(check(deployment("securityContext:\n  allowPrivilegeEscalation: 'false'"))).toEqual([
      expect.objectContaining({
        rule: 'type',
        path: '/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation',
        value: 'false',
        message: 'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation: must be a boolean, not the string "false"',
      }),
    ]);
  });

  test('a resource quantity the API cannot parse', () => {
    expect(check(deployment('resources:\n  limits:\n    memory: 512Mi\n    cpu: 0.5\n  requests:\n    cpu: 100m'))).toEqual([]);
    expect(check(deployment('resources:\n  limits:\n    memory: 512MB'))).toEqual([
      expect.objectContaining({ rule: 'quantity', path: '/spec/template/spec/containers/0/resources/limits/memory', value: '512MB', message: expect.stringContaining('"512MB": not a quantity') }),
    ]);
  });

  test('a name over 63 characters where the server allows 63', () => {
    const long = 'a'.repeat(64);
    expect(check(deployment('', 'a'.repeat(63)))).toEqual([]);
    expect(check(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ${'s'.repeat(63)}\nspec:\n  ports:\n    - port: 80\n`)).toEqual([]);
    expect(check(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ${long}\nspec:\n  ports:\n    - port: 80\n`)).toEqual([
      expect.objectContaining({ rule: 'name', path: '/metadata/name', message: expect.stringContaining('must be no more than 63 characters (it has 64)') }),
    ]);
    expect(check(deployment('').replace('- name: agent', `- name: ${long}`)).map((r) => [r.rule, r.path])).toEqual([['name', '/spec/template/spec/containers/0/name']]);
  });

  test('a label value over 63 characters', () => {
    expect(check(deployment('').replace('app: agent\n  template', `app: agent\n      tier: ${'t'.repeat(64)}\n  template`)).map((r) => [r.rule, r.path])).toEqual([['name', '/spec/selector/matchLabels/tier']]);
  });

  test('a field the schema does not have, as strict field validation refuses it', () => {
    expect(check(deployment('securityContext:\n  runAsNonRoot: true\n  capabilities:\n    drop: [ALL]'))).toEqual([]);
    expect(check(deployment('securityContext:\n  runAsNonRoot: true\n  runAsNonroot: true'))).toEqual([
      expect.objectContaining({ rule: 'unknown-field', path: '/spec/template/spec/containers/0/securityContext/runAsNonroot', message: 'unknown field "spec.template.spec.containers[0].securityContext.runAsNonroot"' }),
    ]);
  });

  test('maps and free-form fields take any key', () => {
    expect(check(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\n  annotations:\n    anything/goes: "yes"\ndata:\n  Any_Key: text\n`)).toEqual([]);
  });

  test('a required field left out', () => {
    expect(check(deployment('')).filter((r) => r.rule === 'required')).toEqual([]);
    expect(check(deployment('').replace('          image: agent:1.0\n', '').replace('        - name: agent\n', '        - image: agent:1.0\n'))).toEqual([
      expect.objectContaining({ rule: 'required', path: '/spec/template/spec/containers/0/name', message: 'spec.template.spec.containers[0].name: Required value' }),
    ]);
  });

  test('a value outside the allowed ones', () => {
    expect(check(deployment('imagePullPolicy: IfNotPresent'))).toEqual([]);
    expect(check(deployment('imagePullPolicy: Sometimes'))).toEqual([expect.objectContaining({ rule: 'enum', message: expect.stringContaining('Unsupported value: "Sometimes"') })]);
  });

  test('an API version the chosen Kubernetes no longer serves', () => {
    const budget = (apiVersion: string) => `apiVersion: ${apiVersion}\nkind: PodDisruptionBudget\nmetadata:\n  name: agent\nspec:\n  maxUnavailable: 1\n`;
    expect(check(budget('policy/v1'), '1.29')).toEqual([]);
    expect(check(budget('policy/v1beta1'), '1.29')).toEqual([expect.objectContaining({ rule: 'not-served', message: expect.stringContaining('no matches for kind "PodDisruptionBudget" in version "policy/v1beta1"') })]);
    const flowSchema = 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata:\n  name: f\n';
    expect(check(flowSchema, '1.31')).toEqual([]);
    expect(check(flowSchema, '1.32').map((r) => r.rule)).toEqual(['not-served']);
  });

  test("a Prometheus Operator custom resource is checked against its own schema", () => {
    const serviceMonitor = (endpoint: string) => `apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: collector\nspec:\n  selector:\n    matchLabels:\n      app: collector\n  endpoints:\n${endpoint}`;
    expect(check(serviceMonitor('    - port: metrics\n      interval: 15s\n'))).toEqual([]);
    expect(check(serviceMonitor('    - port: metrics\n      interval: 15 seconds\n'))).toEqual([
      expect.objectContaining({ kind: 'ServiceMonitor', path: '/spec/endpoints/0/interval', value: '15 seconds' }),
    ]);
    expect(check(serviceMonitor('    - port: metrics\n      intervall: 15s\n'))).toEqual([
      expect.objectContaining({ rule: 'unknown-field', path: '/spec/endpoints/0/intervall', message: 'unknown field "spec.endpoints[0].intervall"' }),
    ]);
  });

  test("a custom resource the studio has no schema of is left to the cluster's, and marked not checked", () => {
    const gateway = 'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: g\nspec:\n  anything: 1\n';
    expect(check(gateway)).toEqual([]);
    expect(notCheckedBecause(gateway, 'Gateway')).toBe('Not checked: the studio has no schema for Gateway (gateway.networking.k8s.io/v1); the cluster checks it against its own.');
    expect(notCheckedBecause('apiVersion: "monitoring.coreos.com/v1"\nkind: PodMonitor\n', 'PodMonitor')).toBeUndefined();
    expect(notCheckedBecause(deployment(''), 'Deployment')).toBeUndefined();
  });

  test('every kind said to be checked has its schema', () => {
    expect(CHECKED_KINDS.filter((entry) => !schemas.validatorFor(entry.split(' ')[0] ?? '', entry.split(' ')[1] ?? ''))).toEqual([]);
  });
});

describe('the Catalyst chart as the API server would take it', () => {
  let defaults: HelmManifest[];
  beforeAll(async () => {
    defaults = splitHelmOutput(await helmTemplate('1.90.0', ''));
  }, 60_000);

  test.each(['1.35', '1.29'] as const)("every object the chart's defaults render is accepted by Kubernetes %s", (version) => {
    expect(defaults.length).toBeGreaterThan(10);
    expect(checkKubernetesObjects(defaults, { version, schemas })).toEqual([]);
  });

  test("the Prometheus Operator objects the chart's add-ons render are checked and accepted", async () => {
    const text = [
      'opentelemetry-deployment:\n  enabled: true\n  serviceMonitor:\n    enabled: true\n    metricsEndpoints:\n      - port: metrics\n  prometheusRule:\n    enabled: true\n    defaultRules:\n      enabled: true\n',
      'opentelemetry-daemonset:\n  enabled: true\n  podMonitor:\n    enabled: true\n    metricsEndpoints:\n      - port: metrics\n',
      'metrics-server:\n  enabled: true\n  serviceMonitor:\n    enabled: true\n  metrics:\n    enabled: true\n',
    ].join('');
    const rendered = splitHelmOutput(await helmTemplate('1.90.0', text));
    const custom = rendered.filter((manifest) => ['ServiceMonitor', 'PodMonitor', 'PrometheusRule'].includes(manifest.kind));
    expect(new Set(custom.map((manifest) => manifest.kind))).toEqual(new Set(['ServiceMonitor', 'PodMonitor', 'PrometheusRule']));
    expect(custom.every((manifest) => schemas.validatorFor('monitoring.coreos.com/v1', manifest.kind) !== undefined)).toBe(true);
    expect(checkKubernetesObjects(rendered, { version: '1.35', schemas })).toEqual([]);
  }, 60_000);

  test('a value that makes an object the API refuses is found behind the refusal', async () => {
    const text = "agent:\n  securityContext:\n    allowPrivilegeEscalation: 'false'\n  resources:\n    limits:\n      memory: 2GB\n";
    const rendered = splitHelmOutput(await helmTemplate('1.90.0', text));
    const refusals = checkKubernetesObjects(rendered, { version: '1.35', schemas });
    const userValues = parsed(text);
    expect(refusals.map((r) => [r.kind, r.rule, locateRefusal(r, userValues)])).toEqual(
      expect.arrayContaining([
        ['Deployment', 'type', '/agent/securityContext/allowPrivilegeEscalation'],
        ['Deployment', 'quantity', '/agent/resources/limits/memory'],
      ]),
    );
  }, 60_000);
});

describe('finding the value behind a refusal', () => {
  const refusal = (over: Partial<ObjectRefusal>): ObjectRefusal => ({ object: 'Deployment//agent', kind: 'Deployment', name: 'agent', path: '', rule: 'type', message: '', ...over });

  test('an unknown field given whole is found by its name and content', () => {
    const values = parsed('gateway:\n  securityContext:\n    seccomp:\n      type: RuntimeDefault\n');
    expect(locateRefusal(refusal({ rule: 'unknown-field', path: '/spec/template/spec/containers/1/securityContext/seccomp', value: { type: 'RuntimeDefault' } }), values)).toBe('/gateway/securityContext/seccomp');
  });

  test('a name is traced to the value it is built from', () => {
    const values = parsed(`fullnameOverride: ${'n'.repeat(60)}\n`);
    expect(locateRefusal(refusal({ rule: 'name', path: '/metadata/name', value: `${'n'.repeat(60)}-gateway` }), values)).toBe('/fullnameOverride');
  });

  test('a refused value the user did not set is nobody\'s', () => {
    const values = parsed('agent:\n  logLevel: "false"\n');
    expect(locateRefusal(refusal({ path: '/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation', value: 'false' }), values)).toBeUndefined();
  });
});

function parsed(text: string): Values {
  const result = parseValues(text);
  if (!result.ok) throw new Error('does not parse');
  return result.values;
}

describe('the RE2 patterns of the custom resources, read without WebAssembly', () => {
  test("an RE2-only pattern (a case-insensitive group) matches as the Prometheus Operator's schema means it", () => {
    const pattern = new RE2('^(?i)(abort|warn)?$', 'u');
    expect(['', 'abort', 'WARN', 'Warn'].map((text) => pattern.test(text))).toEqual([true, true, true, true]);
    expect(pattern.test('ignore')).toBe(false);
  });
});
