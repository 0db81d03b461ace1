import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectYaml, readYaml, replaceYaml } from './yaml-editor.helpers';

async function openSection(page: Page, title: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${title}`) }).click();
  const region = page.getByRole('region', { name: title, exact: true });
  await expect(region).toBeVisible();
  return region;
}

test('values filled on a brought 1.70.0 chart carry to 1.90.0 with a report of what changed', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Your chart…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use your own chart' });
  const archive = readFileSync('../shared/chart/releases/catalyst-1.70.0.tgz');
  await dialog.getByLabel('Chart archive, or schema and values files').setInputFiles({ name: 'catalyst-1.70.0.tgz', mimeType: 'application/gzip', buffer: archive });
  await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText('catalyst 1.70.0 (your chart)', { timeout: 30_000 });

  const install = await openSection(page, 'Install');
  await install.getByLabel('Written in this file').check();
  await install.getByLabel('Join token', { exact: true }).fill('token-of-1-70');
  const secrets = await openSection(page, 'Secrets provider');
  await secrets.getByLabel('Provider', { exact: true }).selectOption('redis');
  await secrets.getByLabel('Redis host', { exact: true }).fill('redis.acme.internal:6379');
  await expectYaml(page, /host: redis\.acme\.internal:6379/);

  await page.getByLabel('Chart version').selectOption('1.90.0');
  const report = page.getByRole('dialog', { name: 'Chart catalyst 1.70.0 (your chart) → 1.90.0' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  const steps = report.getByRole('list', { name: 'Migration report' }).getByRole('listitem');
  await expect(steps.filter({ hasText: 'Chart 1.70.0 ran no managed state store by default; chart 1.90.0 runs an in-cluster PostgreSQL' })).toHaveCount(1);
  await expect(steps.filter({ hasText: /chart defaults changed under values you did not set, which follow chart 1\.90\.0: .*agent\.image\.tag: "1\.70\.0" → "1\.90\.0"/ })).toHaveCount(1);
  await page.screenshot({ path: '/tmp/migrate-release-report.png' });
  await report.getByRole('button', { name: 'Done' }).click();

  await expect(page.getByLabel('Chart version')).toHaveValue('1.90.0');
  await expectYaml(page, /host: redis\.acme\.internal:6379/);
  const installAfter = await openSection(page, 'Install');
  await expect(installAfter.getByLabel('Join token', { exact: true })).toHaveValue('token-of-1-70');
});

test('bringing an older release than the values are for carries them back to it with the report, one undo step', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  const values190 = `# Written for 1.90.0.
global:
  secrets:
    provider: aws.secretmanager
    aws:
      region: eu-west-1
shared:
  scheduling:
    nodeSelector:
      pool: platform # the platform nodes
`;
  // The editor loads after the form: on a busy machine that takes a while.
  await expect(page.getByRole('textbox', { name: 'Values (YAML)' })).toBeAttached({ timeout: 30_000 });
  await replaceYaml(page, values190);
  await expectYaml(page, values190);

  await page.getByRole('button', { name: 'Your chart…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use your own chart' });
  const archive = readFileSync('../shared/chart/releases/catalyst-1.40.0.tgz');
  await dialog.getByLabel('Chart archive, or schema and values files').setInputFiles({ name: 'catalyst-1.40.0.tgz', mimeType: 'application/gzip', buffer: archive });

  const report = page.getByRole('dialog', { name: 'Chart 1.90.0 → catalyst 1.40.0 (your chart)' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  const steps = report.getByRole('list', { name: 'Migration report' }).getByRole('listitem');
  await expect(steps.filter({ hasText: '/shared/scheduling/nodeSelector → /shared/nodeSelector' })).toHaveCount(1);
  await expect(steps.filter({ hasText: 'aws.secretmanager is spelled aws in chart 1.40.0' })).toHaveCount(1);
  await page.screenshot({ path: '/tmp/brought-release-report.png' });
  await report.getByRole('button', { name: 'Done' }).click();

  await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText('catalyst 1.40.0 (your chart)');
  const carried = await readYaml(page);
  expect(carried).toMatch(/provider: aws\n/);
  expect(carried).toMatch(/shared:\n {2}nodeSelector:\n {4}pool: platform/);
  expect(carried).toContain('# Written for 1.90.0.');

  // Bringing and carrying are one step: undo gives back the chart and the text together.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Chart version')).toHaveValue('1.90.0');
  await expectYaml(page, values190);
});
