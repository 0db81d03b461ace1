import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';
import { bringChartArchive, helmVerdict } from './chart-archive.helpers';

test("with the chart's archive, Helm judges the values: its refusal shows at the field and in Problems, and a reload keeps the archive", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(helmVerdict(page)).toContainText("Judged by the studio's checks");
  // Loading Helm's engine takes a moment the first time; the form is usable meanwhile.
  await bringChartArchive(page);

  // Helm installs the brought chart by its own version.
  await page.getByRole('button', { name: 'Commands' }).click();
  const commands = page.getByRole('dialog', { name: 'Install commands' });
  await expect(commands).toContainText('--version 1.90.0');
  await expect(commands).not.toContainText('yours:');
  await page.keyboard.press('Escape');

  // A map left empty: YAML and the schema allow it, but it deletes the chart's defaults and a template fails.
  await replaceYaml(page, 'gateway:\n  tls:\n');
  await expect(helmVerdict(page)).toContainText('Helm refuses these values: one problem', { timeout: 15_000 });
  const problems = page.getByRole('list', { name: 'Problems' });
  const helmProblem = problems.getByRole('button').filter({ hasText: 'Helm: gateway.tls is empty or null' });
  await expect(helmProblem).toContainText('/gateway/tls · line 2');
  await helmProblem.click();
  await expect(page.getByRole('region', { name: 'Gateway', exact: true })).toContainText('Error: Helm: gateway.tls is empty or null');
  await page.screenshot({ path: 'e2e/screenshots/helm-verdict-refused.png' });

  // While the text does not parse, Helm is not asked: its last verdict stays, and the line says so.
  await replaceYaml(page, 'gateway:\n  tls: [\n');
  await expect(helmVerdict(page)).toHaveText('Helm judges the values again once the YAML parses; until then its last verdict stays.');

  await replaceYaml(page, 'gateway:\n  tls:\n    enabled: false\n');
  await expect(helmVerdict(page)).toHaveText('Helm renders the chart with these values.', { timeout: 15_000 });
  await expect(page.getByText('Helm: gateway.tls is empty or null')).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText('catalyst 1.90.0 (your chart)');
  await expect(helmVerdict(page)).toHaveText('Helm renders the chart with these values.', { timeout: 60_000 });
});

test("Manifests: the objects Helm renders, marked against the chart's defaults, searched, and downloaded as one stream", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await bringChartArchive(page);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Manifests' }).click();
  const manifests = page.getByRole('region', { name: 'Manifests' });
  await expect(manifests.getByRole('region', { name: 'Deployments' })).toBeVisible();
  await expect(manifests).toContainText("against the chart's defaults: 0 added, 0 changed, 0 removed");

  // Network policies switched on: new objects; the cleanup hooks switched off: objects gone; a log level: a changed object.
  await replaceYaml(page, 'networkPolicies:\n  enabled: true\ncleanup:\n  enabled: false\nmanagement:\n  logLevel: debug\n');
  await expect(manifests.getByRole('region', { name: 'NetworkPolicies' })).toBeVisible({ timeout: 15_000 });
  await expect(manifests).toContainText(/against the chart's defaults: [1-9]\d* added, [1-9]\d* changed, [1-9]\d* removed/);
  const changed = manifests.locator('details', { hasText: 'changed' }).first();
  await changed.locator('summary').click();
  await expect(changed.getByLabel(/^What your values change in /)).toContainText('debug');
  await manifests.getByLabel('Only changed').check();
  // Every object still listed is marked.
  await expect(manifests.locator('details').filter({ hasNotText: /added|changed|removed/ })).toHaveCount(0);
  const policy = manifests.getByRole('region', { name: 'NetworkPolicies' }).locator('details').first();
  await expect(policy).toContainText('added');
  await policy.locator('summary').click();
  await expect(policy.getByLabel(/NetworkPolicy .* YAML/)).toContainText('kind: NetworkPolicy');

  await manifests.getByLabel('Only changed').uncheck();
  await manifests.getByRole('searchbox', { name: 'Search manifests' }).fill('statefulset');
  await expect(manifests.getByRole('region', { name: 'StatefulSets' })).toBeVisible();
  await expect(manifests.getByRole('region', { name: 'NetworkPolicies' })).toBeHidden();
  await page.screenshot({ path: 'e2e/screenshots/helm-verdict-manifests.png' });

  const [download] = await Promise.all([page.waitForEvent('download'), manifests.getByRole('button', { name: 'Download catalyst-1.90.0-catalyst.yaml' }).click()]);
  const stream = readFileSync(await download.path(), 'utf8');
  expect(stream.startsWith('---\n# Source: catalyst/')).toBe(true);
  expect(stream).toContain('kind: NetworkPolicy');
});
