import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectYaml, readYaml } from './yaml-editor.helpers';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sectionButton(page: Page, title: string): Locator {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
}

async function openSection(page: Page, title: string): Promise<Locator> {
  await sectionButton(page, title).click();
  const region = page.getByRole('region', { name: title, exact: true });
  await expect(region).toBeVisible();
  return region;
}

test.beforeAll(() => {
  mkdirSync('e2e/screenshots', { recursive: true });
});

test('AWS settings appear with provider aws, and hide again keeping what was typed until it is cleared', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  const region = await openSection(page, 'Secrets provider');
  await expect(region.getByLabel('AWS region', { exact: true })).toHaveCount(0);
  await expect(region.getByLabel('Redis host', { exact: true })).toHaveCount(0);

  await region.getByLabel('Provider', { exact: true }).selectOption('aws');
  await region.getByLabel('AWS region', { exact: true }).fill('eu-west-1');
  await expectYaml(page, /region: eu-west-1/);

  await region.getByLabel('Provider', { exact: true }).selectOption('redis');
  await expect(region.getByLabel('AWS region', { exact: true })).toHaveCount(0);
  await expect(region.getByLabel('Redis host', { exact: true })).toBeVisible();
  await expect(region.getByText('does not apply with the current settings')).toBeVisible();
  await expectYaml(page, /region: eu-west-1/);

  await region.getByRole('button', { name: 'Clear AWS Secrets Manager' }).click();
  await expect.poll(() => readYaml(page)).not.toMatch(/eu-west-1/);
  await expect(region.getByText('does not apply with the current settings')).toHaveCount(0);
});

test('the inline certificate hides once an existing TLS secret is named', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  const region = await openSection(page, 'Gateway');
  await expect(region.getByLabel('Certificate (PEM)', { exact: true })).toBeVisible();
  await region.getByLabel('Existing TLS secret', { exact: true }).fill('gateway-tls');
  await expect(region.getByLabel('Certificate (PEM)', { exact: true })).toHaveCount(0);
  await expect(region.getByLabel('Private key (PEM)', { exact: true })).toHaveCount(0);
  await region.getByLabel('Existing TLS secret', { exact: true }).fill('');
  await expect(region.getByLabel('Certificate (PEM)', { exact: true })).toBeVisible();
});

test('moving through fields without typing leaves the values as they were', async ({ page }) => {
  // A field that takes focus gets its edit prepared in the background; that must never become an edit.
  await page.goto('/?chart=1.28.0#/gateway/tls/existingSecret');
  const field = page.getByLabel('Existing TLS secret', { exact: true });
  await expect(field).toBeFocused();
  const problems = page.getByRole('heading', { name: /^Problems/ });
  const problemsAtStart = await problems.textContent();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.getByLabel('TLS secret name', { exact: true }).focus();
  // Let every idle task the focus changes scheduled run.
  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
  }
  await expect(field).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(page.getByRole('region', { name: 'Gateway', exact: true }).getByText('changed', { exact: true })).toHaveCount(0);
  await expect(problems).toHaveText(problemsAtStart ?? '');
  expect(await readYaml(page)).toBe('');

  // The first keystroke still lands as typed.
  await field.pressSequentially('gw');
  await expectYaml(page, /existingSecret: gw\n/);
});

test('PostgreSQL details show only with the external store, and Piko proxy TLS only when enabled', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  let region = await openSection(page, 'Workflows & managed services');
  await expect(region.getByRole('group', { name: 'External PostgreSQL' })).toHaveCount(0);
  await region.getByLabel('Workflow state store', { exact: true }).fill('postgresql-shared-external');
  await expect(region.getByRole('group', { name: 'External PostgreSQL' })).toBeVisible();

  region = await openSection(page, 'App tunnels');
  await expect(region.getByLabel('TLS secret', { exact: true })).toHaveCount(0);
  await region.getByRole('switch', { name: 'Enable proxy TLS' }).check();
  await expect(region.getByLabel('TLS secret', { exact: true })).toBeVisible();
  await expectYaml(page, /proxy:\n\s+enabled: true/);
});

test('reset to default removes the key from the YAML and shows the default again', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  const region = await openSection(page, 'Uninstall cleanup');
  const ttl = region.getByLabel('Job TTL (seconds)', { exact: true });
  await expect(ttl).toHaveAttribute('placeholder', '300');
  await ttl.fill('900');
  await expectYaml(page, /ttlSecondsAfterFinished: 900/);
  await expect(region.getByText('changed', { exact: true })).toBeVisible();

  await region.getByRole('button', { name: 'Reset Job TTL (seconds) to the chart default' }).click();
  await expect.poll(() => readYaml(page)).not.toMatch(/ttlSecondsAfterFinished/);
  await expect(ttl).toHaveValue('');
  await expect(region.getByText('changed', { exact: true })).toHaveCount(0);
});

test('a deep link opens its section and focuses its field', async ({ page }) => {
  await page.goto('/?chart=1.28.0#/gateway/tls/existingSecret');
  await expect(sectionButton(page, 'Gateway')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Existing TLS secret', { exact: true })).toBeFocused();

  // A link to a value that does not apply right now lands on the setting that governs it.
  await page.goto('/?chart=1.28.0#/global/secrets/aws/region');
  await expect(sectionButton(page, 'Secrets provider')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Provider', { exact: true })).toBeFocused();
});

test('clicking a problem opens the field it is about', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  let region = await openSection(page, 'Diagrid Cloud endpoints');
  await region.getByLabel('Control plane gRPC endpoint', { exact: true }).fill('no-port.example.com');
  region = await openSection(page, 'Install');
  // Helm renders an endpoint without a port, so it is a warning; its problem opens the field all the same.
  await expect(sectionButton(page, 'Diagrid Cloud endpoints')).toContainText('1 warning');

  await page.getByRole('list', { name: 'Problems' }).getByRole('button', { name: /\/global\/control_plane_url/ }).click();
  await expect(sectionButton(page, 'Diagrid Cloud endpoints')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Control plane gRPC endpoint', { exact: true })).toBeFocused();
});

test('search filters sections and fields by key, path, label or description', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  const search = page.getByRole('searchbox', { name: 'Search values' });
  await search.fill('existingSecret');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('button', { name: /^Gateway/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: /^Install/ })).toHaveCount(0);
  await expect(page.getByLabel('Existing TLS secret', { exact: true })).toBeVisible();

  await search.fill('gateway.tls.enabled');
  await expect(page.getByRole('switch', { name: 'Enable TLS', exact: true })).toBeVisible();
  await expect(page.getByLabel('Existing TLS secret', { exact: true })).toHaveCount(0);

  await search.fill('no such value anywhere');
  await expect(page.getByText('No value matches')).toBeVisible();
  await search.press('Escape');
  await expect(page.getByRole('region', { name: 'Install', exact: true })).toBeVisible();
});

test('a list of strings takes items, reorders and removes them', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  const region = await openSection(page, 'Network policies');
  const list = region.getByRole('group', { name: 'Blocked CIDRs' });
  await list.getByRole('button', { name: 'Add Blocked CIDRs item' }).click();
  await expect(list.getByLabel('Blocked CIDRs item 1', { exact: true })).toBeFocused();
  await page.keyboard.type('10.0.0.0/8');
  await list.getByRole('button', { name: 'Add Blocked CIDRs item' }).click();
  await page.keyboard.type('192.168.0.0/16');
  await expectYaml(page, /blocked_cidrs:\n\s+- 10\.0\.0\.0\/8\n\s+- 192\.168\.0\.0\/16/);

  await list.getByRole('button', { name: 'Move Blocked CIDRs item 2 up' }).click();
  await expectYaml(page, /blocked_cidrs:\n\s+- 192\.168\.0\.0\/16\n\s+- 10\.0\.0\.0\/8/);

  // The agent reads the list from its ConfigMap: Helm renders a bad block, so it is a warning, not an error.
  await list.getByLabel('Blocked CIDRs item 1', { exact: true }).fill('192.168.0.0/33');
  await expect(region.getByText(/item 1: .*CIDR.*agent's ConfigMap/)).toBeVisible();
  await expect(list.getByLabel('Blocked CIDRs item 1', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');

  await list.getByRole('button', { name: 'Remove Blocked CIDRs item 1' }).click();
  await expectYaml(page, /blocked_cidrs:\n\s+- 10\.0\.0\.0\/8\n?$/);
});

test('a string map is edited as key/value rows', async ({ page }) => {
  await page.goto('/?chart=1.28.0#/agent/nodeSelector');
  const map = page.locator('[data-pointer="/agent/nodeSelector"]').getByRole('group', { name: 'Node selector' });
  await map.getByRole('button', { name: 'Add Node selector entry' }).click();
  await map.getByLabel('Node selector key 1', { exact: true }).fill('kubernetes.io/os');
  await map.getByLabel('Node selector value 1', { exact: true }).fill('linux');
  await expectYaml(page, /nodeSelector:\n\s+kubernetes\.io\/os: linux/);
  await map.getByRole('button', { name: 'Remove Node selector entry 1' }).click();
  await expect.poll(() => readYaml(page)).not.toMatch(/nodeSelector/);
});

test('a YAML snippet field takes free-form values and says when the YAML is not valid yet', async ({ page }) => {
  await page.goto('/?chart=1.28.0#/agent/tolerations');
  const tolerations = page.locator('[data-pointer="/agent/tolerations"]').getByLabel('Tolerations', { exact: true });
  await expect(tolerations).toBeFocused();
  await tolerations.fill('- key: dedicated\n  operator: Equal\n  value: catalyst\n  effect: NoSchedule');
  await expectYaml(page, /tolerations:\n\s+- key: dedicated/);
  await tolerations.fill('- key: [dedicated');
  await expect(page.getByText(/Not valid YAML yet/)).toBeVisible();
  await expectYaml(page, /- key: dedicated/);
});

test('a certificate loads from a file, and secrets stay masked until revealed', async ({ page }) => {
  await page.goto('/?chart=1.28.0#/gateway/tls/cert');
  const pem = '-----BEGIN CERTIFICATE-----\nMIIBkjCCATegAwIBAgIUQ8L5w8W/d5kJFTKiQgmRcG/Swv0wCgYIKoZIzj0EAwIw\n-----END CERTIFICATE-----\n';
  await page.getByLabel('Certificate (PEM) file', { exact: true }).setInputFiles({ name: 'tls.crt', mimeType: 'text/plain', buffer: Buffer.from(pem) });
  await expect(page.getByLabel('Certificate (PEM)', { exact: true })).toHaveValue(pem);
  await expectYaml(page, /cert: \|\n\s+-----BEGIN CERTIFICATE-----/);

  await page.goto('/?chart=1.28.0#/join_token');
  await page.getByLabel('Written in this file').check();
  const token = page.getByLabel('Join token', { exact: true });
  await expect(token).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show Join token' }).click();
  await expect(token).toHaveAttribute('type', 'text');
  await expect(page.getByRole('button', { name: 'Hide Join token' })).toHaveAttribute('aria-pressed', 'true');
});

test('the layout stays usable in a narrow window', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto('/?chart=1.28.0');
  const region = await openSection(page, 'Gateway');
  await region.getByLabel('Existing TLS secret', { exact: true }).fill('gateway-tls');
  await expectYaml(page, /existingSecret: gateway-tls/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'e2e/screenshots/form-narrow.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: 'e2e/screenshots/form-laptop.png' });
});

/** The focused control is on screen, and stays there once the page has settled around it. */
async function expectFocusInView(page: Page, name: string): Promise<void> {
  const focusedBox = () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return undefined;
      const rect = focused.getBoundingClientRect();
      return { name: focused.getAttribute('name'), inView: rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight };
    });
  await expect.poll(focusedBox).toEqual({ name, inView: true });
  // Groups laid out late must not push it away again.
  await page.waitForTimeout(600);
  expect(await focusedBox()).toEqual({ name, inView: true });
}

test('every jump to a field brings it into view: a changed hash, a second deep link, a problem in another section', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Install', exact: true })).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#/opentelemetry-daemonset/enabled';
  });
  await expectFocusInView(page, '/opentelemetry-daemonset/enabled');

  await page.evaluate(() => {
    window.location.hash = '#/piko/securityContext/runAsUser';
  });
  await expectFocusInView(page, '/piko/securityContext/runAsUser');

  // A problem far down another section.
  await page.evaluate(() => {
    window.location.hash = '#/gateway/envoy/xds/health_check/interval';
  });
  await expectFocusInView(page, '/gateway/envoy/xds/health_check/interval');
  await page.keyboard.type('soon');
  await openSection(page, 'Install');
  await page.getByRole('list', { name: 'Problems' }).getByRole('button', { name: /\/gateway\/envoy\/xds\/health_check\/interval/ }).click();
  await expectFocusInView(page, '/gateway/envoy/xds/health_check/interval');
});

test('a search match that a setting hides is shown with the switch that reveals it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search values' }).fill('connection string');
  await expect(sectionButton(page, 'Data backends')).toContainText('11 matches');
  const region = page.getByRole('region', { name: 'Data backends', exact: true });
  await expect(region.getByText('External PostgreSQL global.postgresql.external shows only when you turn Provision in-cluster off.')).toBeVisible();
  await expect(region.getByText('Matching inside: Authentication, Host, Port, Username, Password.')).toBeVisible();

  await region.getByRole('button', { name: 'Turn Provision in-cluster off' }).click();
  // Focus lands on the first of what was revealed.
  await expect(region.getByLabel('Authentication', { exact: true })).toBeFocused();
  await expect(region.getByLabel('Host', { exact: true })).toBeVisible();
  await expectYaml(page, /postgresql:\n\s+create: false/);
  await page.screenshot({ path: 'e2e/screenshots/search-hidden-match.png' });
});

test('adding an image pull secret moves focus into the new item and reports nothing until it is filled in', async ({ page }) => {
  await page.goto('/');
  const region = await openSection(page, 'Images & registries');
  const list = region.getByRole('group', { name: 'Image pull secrets' });
  const problemsBefore = await page.getByRole('heading', { name: /^Problems/ }).textContent();
  await list.getByRole('button', { name: 'Add Image pull secrets item' }).click();
  const name = list.getByLabel('Secret name', { exact: true });
  await expect(name).toBeFocused();
  await expect(list.getByText(/Error:/)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Problems/ })).toHaveText(problemsBefore ?? '');

  await page.keyboard.type('regcred');
  await expect(name).toHaveValue('regcred');
  await expect(name).toBeFocused();
  await expectYaml(page, /imagePullSecrets:\n\s+- name: regcred/);
  await expect(list.getByText(/Error:/)).toHaveCount(0);
});

test('one action puts every image on my registry, and the mirror list names each image the chart deploys', async ({ page }) => {
  await page.goto('/');
  const region = await openSection(page, 'Images & registries');
  const tool = region.getByRole('form', { name: 'Your registry for every image' });
  await tool.getByLabel('Registry', { exact: true }).fill('registry.corp.example.com');
  await tool.getByRole('button', { name: 'Use for every image' }).click();
  await expect(tool.getByRole('status')).toContainText('now point at registry.corp.example.com');
  const yaml = await readYaml(page);
  // The init container and the cleanup hook, which global.image.registry alone does not move.
  expect(yaml).toMatch(/waitForDaprConfig:\n\s+image:\n\s+registry: registry\.corp\.example\.com/);
  expect(yaml).toMatch(/cleanup:\n\s+image:\n\s+registry: registry\.corp\.example\.com/);
  expect(yaml).toMatch(/opentelemetry-deployment:\n\s+image:\n\s+repository: registry\.corp\.example\.com\/open-telemetry\//);
  await page.screenshot({ path: 'e2e/screenshots/registry-for-every-image.png' });

  await page.getByRole('button', { name: 'Commands' }).click();
  const mirror = page.getByRole('dialog', { name: 'Install commands' }).getByRole('table', { name: 'Images to mirror' });
  await expect(mirror.getByRole('row', { name: /Wait for the Dapr configuration .* registry\.corp\.example\.com\/alpine\/k8s:1\.36\.0/ })).toBeVisible();
  const images = await mirror.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(images.filter((image) => !image.startsWith('registry.corp.example.com/'))).toEqual([]);

  // One undo step takes the whole action back.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectYaml(page, '');
});

test('a list of rules is edited as rows of the rule fields, not as a YAML box', async ({ page }) => {
  await page.goto('/');
  const region = await openSection(page, 'Network policies');
  const list = region.getByRole('group', { name: 'Blocked egress', exact: true });
  await list.getByRole('button', { name: 'Edit Blocked egress items' }).click();
  await expect(list.getByRole('group', { name: 'CIDRs' })).toHaveCount(2);
  await list.getByRole('button', { name: 'Remove Blocked egress item 2' }).click();
  await list.getByRole('button', { name: 'Add Blocked egress item' }).click();
  await expect(list.getByLabel('Rule name', { exact: true }).nth(1)).toBeFocused();
  await page.keyboard.type('corp');
  const rule = list.locator('[data-pointer="/agent/config/project/blocked_egress/1"]');
  await rule.getByRole('group', { name: 'CIDRs' }).getByRole('button', { name: 'Add CIDRs item' }).click();
  await page.keyboard.type('10.8.0.0/16,');
  // A problem of one rule shows in that rule, at its field.
  await expect(rule.getByText(/Error:/)).toBeVisible();
  await expect(list.locator('[data-pointer="/agent/config/project/blocked_egress/0"]').getByText(/Error:/)).toHaveCount(0);
  await page.keyboard.press('Backspace');
  await expect(rule.getByText(/Error:/)).toHaveCount(0);
  await expectYaml(page, /blocked_egress:\n\s+- name: rfc1918\n[\s\S]*- name: corp\n\s+cidrs:\n\s+- 10\.8\.0\.0\/16\n/);
  await page.screenshot({ path: 'e2e/screenshots/object-list-rules.png' });
});

test('Pod security opens with what the README sets (the agent seccomp profile), not an init container', async ({ page }) => {
  await page.goto('/');
  const region = await openSection(page, 'Pod security');
  const groups = region.locator(':scope > fieldset, :scope > details > fieldset');
  await expect(groups.first()).toHaveAttribute('data-pointer', '/agent/podSecurityContext');
  await expect(groups.last()).toHaveAttribute('data-pointer', '/global/waitForDaprConfig/securityContext');
  const seccomp = region.locator('[name="/agent/podSecurityContext/seccompProfile/type"]');
  const box = await seccomp.boundingBox();
  expect(box && box.y + box.height).toBeLessThan(3 * 900);
  await page.screenshot({ path: 'e2e/screenshots/pod-security-order.png' });

  const images = await openSection(page, 'Images & registries');
  await expect(images.getByRole('group', { name: 'Global image settings' })).toBeVisible();
  // Two fields named image_name at the top of the section: each shows its path.
  await expect(images.getByText('agent.config.sidecar.image_name', { exact: true })).toBeVisible();
  await expect(images.getByText('agent.config.otel.image_name', { exact: true })).toBeVisible();
});

test('a component block of Pod security stays folded while it holds defaults, and opens by itself once it differs', async ({ page }) => {
  await page.goto('/');
  const region = await openSection(page, 'Pod security');
  const runAsUser = region.locator('[name="/global/waitForDaprConfig/securityContext/runAsUser"]');
  const summary = region.getByText('Wait for Dapr configuration: Container security context');
  await expect(summary).toBeVisible();
  await expect(runAsUser).toBeHidden();
  // The README's example starts at the agent: its block is open from the start.
  await expect(region.locator('[name="/agent/podSecurityContext/seccompProfile/type"]')).toBeVisible();
  await region.getByText('Management: Pod security context').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/pod-security-folded.png' });

  await summary.click();
  await runAsUser.fill('1234');
  await expectYaml(page, /waitForDaprConfig:\n\s+securityContext:\n\s+runAsUser: 1234/);
  await page.reload();
  const reloaded = await openSection(page, 'Pod security');
  await expect(reloaded.locator('[name="/global/waitForDaprConfig/securityContext/runAsUser"]')).toHaveValue('1234');
  await expect(reloaded.locator('[name="/global/waitForDaprConfig/securityContext/runAsUser"]')).toBeVisible();
  // Nothing differs in the control plane's block: it stays folded.
  await expect(reloaded.locator('[name="/gateway/controlplane/securityContext/runAsUser"]')).toBeHidden();
});
