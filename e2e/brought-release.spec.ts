import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectYaml } from './yaml-editor.helpers';

/** Console errors and uncaught exceptions of the page: a brought release must render without one. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('a brought release of the chart gets the full form: every section, masked secrets, conditions, checks and the overlay report', async ({ page }) => {
  // It visits every section of a real release, which takes a while on a busy machine.
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Your chart…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use your own chart' });
  await dialog.getByLabel('Chart archive, or schema and values files').setInputFiles('../shared/chart/releases/catalyst-1.70.0.tgz');
  // Reading builds the studio's whole schema for the release (values, templates, curated overlay): seconds on a busy machine.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText('catalyst 1.70.0 (your chart)');

  // Every section of the studio, each rendering its values.
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const titles = await nav.locator('.section-nav__title').allTextContents();
  expect(titles).toEqual(expect.arrayContaining(['Install', 'Images & registries', 'Pod security', 'Gateway', 'Secrets provider', 'Network policies', 'Advanced']));
  expect(titles).not.toContain('Other values');
  for (const title of titles) {
    await nav.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) }).click();
    const section = page.getByRole('region', { name: title, exact: true });
    await expect(section).toBeVisible();
    await expect(section.locator('input, select, textarea, summary').first()).toBeAttached();
  }

  // A secret is masked; a setting that applies under a condition appears with it; the studio's checks judge it.
  await nav.getByRole('button', { name: /^Gateway\b/ }).click();
  const gateway = page.getByRole('region', { name: 'Gateway', exact: true });
  await expect(gateway.getByLabel('Private key (PEM)', { exact: true })).toBeVisible();
  await nav.getByRole('button', { name: /^Secrets provider\b/ }).click();
  const secrets = page.getByRole('region', { name: 'Secrets provider', exact: true });
  await expect(secrets.getByLabel('AWS region', { exact: true })).toBeHidden();
  await secrets.getByLabel('Provider', { exact: true }).selectOption('aws.secretmanager');
  await expect(secrets.getByLabel('AWS region', { exact: true })).toBeVisible();
  await expect(secrets.getByLabel('Secret access key', { exact: true })).toHaveAttribute('type', 'password');
  await secrets.getByLabel('AWS region', { exact: true }).fill('eu-west-1');
  await expectYaml(page, /provider: aws\.secretmanager[\s\S]*region: eu-west-1/);

  // The chart-version dialog lists how the studio's curation fits this release.
  await page.getByRole('button', { name: 'Your chart…' }).click();
  const report = dialog.getByText(/^What the studio knows of catalyst 1\.70\.0 \(your chart\): \d+ new values, \d+ curated entries unused, \d+ checks left out$/);
  await expect(report).toBeVisible();
  await report.click();
  await expect(dialog.getByRole('heading', { name: /^Curated entries for values this release does not have: [1-9]\d*$/ })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: /^\/global\// }).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/brought-release-report.png' });
  expect(errors).toEqual([]);
});
