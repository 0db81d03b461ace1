import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectYaml } from './yaml-editor.helpers';

/**
 * Every section of the chart, through the form alone: a realistic value reaches the YAML, an invalid one
 * shows at the field and in the Problems list, and fixing it clears both. What Helm or the Kubernetes API
 * refuses is an error; what Helm renders but goes wrong at run time is a warning that says so.
 */

interface SectionCase {
  section: string;
  /** The field, by its label, or by its value's pointer where the label repeats in the section. */
  field: { label: string } | { pointer: string };
  valid: string;
  preview: RegExp;
  invalid: string;
  error: RegExp;
  /** The pointer the Problems list names. */
  pointer: string;
  /** A warning: Helm renders the value, and the message says what goes wrong at run time. */
  warning?: true;
  /** Settings that make the field apply. */
  before?: (page: Page) => Promise<void>;
}

const cases: SectionCase[] = [
  {
    section: 'Install',
    field: { label: 'Join token' },
    valid: 'eyJhbGciOi.example',
    preview: /^join_token: eyJhbGciOi\.example$/m,
    invalid: '',
    error: /join_token is empty/,
    pointer: '/join_token',
    before: (page) => page.getByLabel('Written in this file').check(),
  },
  {
    section: 'Images & registries',
    field: { label: 'Global image registry' },
    valid: 'my-registry.example.com',
    preview: /registry: my-registry\.example\.com/,
    invalid: 'https://my-registry.example.com',
    error: /registry host/,
    pointer: '/global/image/registry',
    warning: true,
  },
  {
    section: 'Chart registry',
    field: { label: 'Chart registry URL' },
    valid: 'oci://my-registry.example.com/diagrid',
    preview: /registry: oci:\/\/my-registry\.example\.com\/diagrid/,
    invalid: 'https://my-registry.example.com/diagrid',
    error: /OCI registry URL/,
    pointer: '/global/charts/registry',
    warning: true,
  },
  {
    section: 'Dapr PKI',
    field: { label: 'Trust anchors ConfigMap' },
    valid: 'trust-anchors',
    preview: /trust_anchors_config_map_name: trust-anchors/,
    invalid: 'Trust_Anchors',
    error: /Kubernetes name/,
    pointer: '/agent/config/internal_dapr/ca/trust_anchors_config_map_name',
    warning: true,
  },
  {
    section: 'Pod security',
    field: { pointer: '/agent/podSecurityContext/supplementalGroups' },
    valid: '- 1000',
    preview: /supplementalGroups:\n\s+- 1000/,
    invalid: '- admins',
    error: /must be an integer/,
    pointer: '/agent/podSecurityContext/supplementalGroups/0',
  },
  {
    section: 'Gateway',
    field: { label: 'Existing TLS secret' },
    valid: 'gateway-tls',
    preview: /existingSecret: gateway-tls/,
    invalid: 'Gateway_TLS',
    error: /Kubernetes name/,
    pointer: '/gateway/tls/existingSecret',
    warning: true,
  },
  {
    section: 'Workflows & managed services',
    before: async (page) => {
      await page.getByLabel('Workflow state store', { exact: true }).fill('postgresql-shared-external');
    },
    field: { pointer: '/agent/config/project/external_postgresql/connection_string_host' },
    valid: 'postgres-postgresql.postgres.svc.cluster.local',
    preview: /connection_string_host: postgres-postgresql\.postgres\.svc\.cluster\.local/,
    invalid: 'postgres host',
    error: /hostname|host/,
    pointer: '/agent/config/project/external_postgresql/connection_string_host',
    warning: true,
  },
  {
    section: 'Secrets provider',
    before: async (page) => {
      await page.getByLabel('Provider', { exact: true }).selectOption('aws');
    },
    field: { label: 'AWS region' },
    valid: 'us-east-1',
    preview: /provider: aws[\s\S]*region: us-east-1|region: us-east-1[\s\S]*provider: aws/,
    invalid: '',
    error: /region/,
    pointer: '/global/secrets/aws/region',
  },
  {
    section: 'App tunnels',
    field: { label: 'JWKS cache TTL' },
    valid: '10m',
    preview: /cacheTTL: 10m/,
    invalid: '10 minutes',
    error: /duration/,
    pointer: '/piko/publicToken/cacheTTL',
    warning: true,
  },
  {
    section: 'Network policies',
    field: { label: 'Ingress IP address' },
    valid: '10.1.2.3',
    preview: /ingress_ip_addr: 10\.1\.2\.3/,
    invalid: '300.1.2.3',
    error: /ipv4|IPv4|format/,
    pointer: '/agent/config/host/ingress_ip_addr',
    warning: true,
  },
  {
    section: 'OpenTelemetry add-ons',
    field: { pointer: '/opentelemetry-deployment/replicaCount' },
    valid: '2',
    preview: /replicaCount: 2/,
    invalid: '0',
    error: /at least 1/,
    pointer: '/opentelemetry-deployment/replicaCount',
  },
  {
    section: 'Diagrid Cloud endpoints',
    field: { label: 'Control plane gRPC endpoint' },
    valid: 'catalyst-cloud.r2.diagrid.io:443',
    preview: /control_plane_url: catalyst-cloud\.r2\.diagrid\.io:443/,
    invalid: 'catalyst-cloud.r2.diagrid.io',
    error: /host and port/,
    pointer: '/global/control_plane_url',
    warning: true,
  },
  {
    section: 'Uninstall cleanup',
    field: { label: 'Job TTL (seconds)' },
    valid: '600',
    preview: /ttlSecondsAfterFinished: 600/,
    invalid: '-5',
    error: /cannot be negative/,
    pointer: '/cleanup/ttlSecondsAfterFinished',
  },
  {
    section: 'Resources & scheduling',
    field: { pointer: '/agent/resources/limits/memory' },
    valid: '2Gi',
    preview: /memory: 2Gi/,
    invalid: '2 GB',
    error: /quantity/,
    pointer: '/agent/resources/limits/memory',
  },
  {
    section: 'Advanced',
    field: { pointer: '/agent/service/port' },
    valid: '9443',
    preview: /port: 9443/,
    invalid: '70000',
    error: /1 to 65535/,
    pointer: '/agent/service/port',
  },
];

function sectionSlug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

async function openSection(page: Page, title: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) }).click();
  const region = page.getByRole('region', { name: title, exact: true });
  await expect(region).toBeVisible();
  return region;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.beforeAll(() => {
  mkdirSync('e2e/screenshots', { recursive: true });
});

for (const c of cases) {
  test(`${c.section}: a value reaches the YAML, an invalid one is shown at the field and in Problems, fixing it clears both`, async ({ page }) => {
    await page.goto('/?chart=1.28.0');
    const region = await openSection(page, c.section);
    await c.before?.(page);
    const control = 'label' in c.field ? region.getByLabel(c.field.label, { exact: true }) : region.locator(`[name="${c.field.pointer}"]`);
    const problems = page.getByRole('region', { name: /^Problems/ });

    await control.fill(c.valid);
    await expectYaml(page, c.preview);
    await expect(control).not.toHaveAttribute('aria-invalid', 'true');

    await control.fill(c.invalid);
    if (c.warning) {
      await expect(control).toHaveAccessibleDescription(c.error);
      await expect(control).toHaveAccessibleDescription(/Warning:.*Helm accepts it.*(run time|waits|pull|starts)/);
      await expect(control).not.toHaveAttribute('aria-invalid', 'true');
    } else {
      await expect(control).toHaveAttribute('aria-invalid', 'true');
      await expect(control).toHaveAccessibleDescription(c.error);
    }
    const problem = problems.getByRole('listitem').filter({ hasText: c.warning ? /^Warning/ : /^Error/ }).filter({ hasText: c.pointer }).filter({ hasText: c.error });
    await expect(problem).toHaveCount(1);

    await control.fill(c.valid);
    await expect(control).not.toHaveAttribute('aria-invalid', 'true');
    await expect(problem).toHaveCount(0);
    await expectYaml(page, c.preview);

    await control.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `e2e/screenshots/form-${sectionSlug(c.section)}.png` });
  });
}
