import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectYaml } from './yaml-editor.helpers';

const base = '# shared by every cluster\ngateway:\n  tls:\n    enabled: true\n';
const prod = '# Frankfurt\ngateway:\n  tls:\n    enabled: "sometimes"\n';
const staging = '# staging\ncleanup:\n  enabled: false\n';

function yaml(name: string, text: string) {
  return { name, mimeType: 'application/yaml', buffer: Buffer.from(text) };
}

function environments(page: Page) {
  return page.getByRole('group', { name: 'Environment' });
}

async function choose(page: Page, environment: RegExp) {
  await environments(page).getByRole('button', { name: environment }).click();
  await expect(environments(page).getByRole('button', { name: environment })).toHaveAttribute('aria-pressed', 'true');
}

function tlsSecret(page: Page) {
  return page.getByRole('region', { name: 'Gateway', exact: true }).getByLabel('Existing TLS secret', { exact: true });
}

function tlsSecretField(page: Page) {
  return page.locator('.field[data-pointer="/gateway/tls/existingSecret"]');
}

test('a base and two overlays: a value set in the base reaches both environments, an override changes one', async ({ page }) => {
  await page.goto('/?chart=1.90.0');
  // A single file shows no environments.
  await expect(page.getByRole('button', { name: 'Environments…' })).toBeEnabled();
  await expect(environments(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Compare environments' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Environments…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Environments' });
  await dialog.getByLabel('Values files').setInputFiles([yaml('values-prod.yaml', prod), yaml('values.yaml', base), yaml('values-staging.yaml', staging)]);
  const found = dialog.getByRole('list', { name: 'Layers found' });
  await expect(found).toContainText('Base: values.yaml');
  await expect(found).toContainText('prod: values-prod.yaml');
  await expect(found).toContainText('staging: values-staging.yaml');
  await dialog.getByRole('button', { name: 'Open as base and 2 environments' }).click();
  await expect(dialog).toBeHidden();

  // Each environment judged as Helm will judge -f values.yaml -f values-prod.yaml: prod's overlay breaks a boolean.
  await expect(environments(page).getByRole('button', { name: /^prod: .*error/ })).toBeVisible();
  await expect(environments(page).getByRole('button', { name: /^staging: (no problems|\d+ warnings?)$/ })).toBeVisible();
  await expect(environments(page).getByRole('button', { name: /^prod/ })).toHaveAttribute('aria-pressed', 'true');
  await expectYaml(page, prod);

  // A value set in the base reaches both environments.
  await choose(page, /^Base/);
  await expectYaml(page, base);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Gateway/ }).click();
  await tlsSecret(page).fill('shared-tls');
  await expectYaml(page, `${base}    existingSecret: shared-tls\n`);
  for (const environment of [/^prod/, /^staging/]) {
    await choose(page, environment);
    await expect(tlsSecret(page)).toHaveValue('shared-tls');
    await expect(tlsSecretField(page)).toContainText('from base');
  }

  // An override in staging changes staging alone, and its file holds only the override.
  await tlsSecret(page).fill('staging-tls');
  await expect(tlsSecretField(page)).toContainText('set in staging');
  await expectYaml(page, `${staging}gateway:\n  tls:\n    existingSecret: staging-tls\n`);
  await page.screenshot({ path: '/tmp/workspace-override.png', fullPage: false });
  await choose(page, /^prod/);
  await expect(tlsSecret(page)).toHaveValue('shared-tls');

  // The matrix shows the difference, one column per environment.
  await page.getByRole('button', { name: 'Compare environments' }).click();
  const matrix = page.getByRole('table', { name: 'Values that differ between environments' });
  const row = matrix.getByRole('row', { name: /gateway\.tls\.existingSecret/ });
  await expect(row.getByRole('cell')).toHaveText([/shared-tls\s*from base/, /staging-tls\s*set here/]);
  await page.screenshot({ path: '/tmp/workspace-matrix.png', fullPage: false });
  await page.getByRole('button', { name: 'Form', exact: true }).click();

  // Staging's override goes back to the base's value.
  await choose(page, /^staging/);
  await tlsSecretField(page).getByRole('button', { name: 'Reset Existing TLS secret to the base in staging' }).click();
  await expect(tlsSecret(page)).toHaveValue('shared-tls');
  await expectYaml(page, staging);

  // Exported as the files helm install -f takes, zipped.
  await page.getByRole('button', { name: 'Environments…' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download all as values.zip' }).click()]);
  expect(download.suggestedFilename()).toBe('values.zip');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]))).toEqual({
    'values.yaml': `${base}    existingSecret: shared-tls\n`,
    'values-prod.yaml': prod,
    'values-staging.yaml': staging,
  });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The commands install an environment from those files: the base, then its overlay; the base alone for Base.
  expect(await installFlags(page)).toEqual(['-f values.yaml', '-f values-staging.yaml']);
  await choose(page, /^Base/);
  expect(await installFlags(page)).toEqual(['-f values.yaml']);
});

/** The `-f` flags of the install command, as the user copies it from the Commands dialog. */
async function installFlags(page: Page): Promise<string[]> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Commands' }).click();
  const commands = page.getByRole('dialog', { name: 'Install commands' });
  await commands.getByRole('button', { name: 'Copy Install Catalyst' }).click();
  await expect(commands.getByRole('button', { name: 'Copy Install Catalyst' })).toHaveText('Copied');
  await commands.getByRole('region', { name: 'Install', exact: true }).screenshot({ path: '/tmp/workspace-commands.png' });
  await commands.getByRole('button', { name: 'Close' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  return copied.match(/-f \S+/g) ?? [];
}

test('an override moves into the base for every environment, and the workspace survives a reload', async ({ page }) => {
  await page.goto('/?chart=1.90.0');
  await page.getByRole('button', { name: 'Environments…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Environments' });
  await dialog.getByLabel('Environment name').fill('Prod EU');
  await dialog.getByRole('button', { name: 'Add environment' }).click();
  await expect(dialog.getByRole('alert')).toContainText('lowercase');
  await dialog.getByLabel('Environment name').fill('prod-eu');
  await dialog.getByRole('button', { name: 'Add environment' }).click();
  await expect(dialog).toBeHidden();
  await expect(environments(page).getByRole('button', { name: /^prod-eu/ })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Gateway/ }).click();
  await tlsSecret(page).fill('eu-tls');
  await expect(tlsSecretField(page)).toContainText('set in prod-eu');
  await tlsSecretField(page).getByRole('button', { name: 'Set Existing TLS secret in the base for every environment' }).click();
  await expect(tlsSecretField(page)).toContainText('from base');
  await expectYaml(page, '{}\n');
  await choose(page, /^Base/);
  await expectYaml(page, 'gateway:\n  tls:\n    existingSecret: eu-tls\n');

  await expect.poll(() => page.evaluate(() => window.localStorage.getItem('catalyst-values-studio:session') ?? ''), { timeout: 10_000 }).toContain('prod-eu');
  await page.reload();
  await expect(environments(page).getByRole('button', { name: /^prod-eu/ })).toBeVisible();
  await expect(environments(page).getByRole('button', { name: /^Base/ })).toHaveAttribute('aria-pressed', 'true');
  await expectYaml(page, 'gateway:\n  tls:\n    existingSecret: eu-tls\n');
});

test('a share link carries the workspace: the recipient gets the base and every environment', async ({ page, context }) => {
  await page.goto('/?chart=1.90.0');
  await page.getByRole('button', { name: 'Environments…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Environments' });
  await dialog.getByLabel('Values files').setInputFiles([yaml('values.yaml', base), yaml('values-prod.yaml', 'join_token: eyJ.secret\n'), yaml('values-staging.yaml', staging)]);
  await dialog.getByRole('button', { name: 'Open as base and 2 environments' }).click();

  await page.getByRole('button', { name: 'Share…' }).click();
  const share = page.getByRole('dialog', { name: 'Share a link' });
  await expect(share.getByRole('list', { name: 'Secrets left out' })).toHaveText('join_token (prod)');
  const link = await share.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#share=v3\./);

  const other = await context.newPage();
  await other.goto(link);
  await expect(environments(other).getByRole('button', { name: /^staging/ })).toBeVisible();
  await expect(environments(other).getByRole('button', { name: /^prod/ })).toHaveAttribute('aria-pressed', 'true');
  await expectYaml(other, '{}\n');
  await choose(other, /^staging/);
  await expectYaml(other, staging);
  await other.close();
});
