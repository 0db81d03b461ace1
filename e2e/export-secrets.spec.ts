import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.export-me-not';
const PASSWORD = 'S3cr3t-pa55';

test('Export leaves every secret out by default, says how each is supplied instead, and includes them only when asked', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Export…' })).toBeEnabled();
  await replaceYaml(page, `# ours\njoin_token: ${TOKEN}\nglobal:\n  charts:\n    username: catalyst-bot\n    password: ${PASSWORD}\n`);
  await expect(page.getByLabel('Written in this file')).toBeChecked();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export values' });
  const leftOut = dialog.getByRole('list', { name: 'Secrets left out' });
  await expect(leftOut.getByRole('listitem')).toHaveText([
    'join_token: Pass it at install with --set join_token="${JOIN_TOKEN}", or from an existing Secret named in agent.existingJoinTokenSecret.name.',
    'global.charts.password: Pass it at install with --set global.charts.password="${…}", or from an existing Secret named in global.charts.existingSecret.',
  ]);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Download/ }).click()]);
  const file = readFileSync(await download.path(), 'utf8');
  expect(file).toContain('username: catalyst-bot');
  expect(file).not.toContain(TOKEN);
  expect(file).not.toContain(PASSWORD);

  await dialog.getByRole('radio', { name: /^Full/ }).check();
  const full = await dialog.getByLabel('Exported file').inputValue();
  expect(full).toContain('username: catalyst-bot');
  expect(full).not.toContain(TOKEN);
  expect(full).not.toContain(PASSWORD);

  await dialog.getByRole('radio', { name: /^Changes only/ }).check();
  await dialog.getByLabel('Include secrets in the file').check();
  await expect(dialog.getByRole('alert')).toContainText('Anyone who gets this file can read these secrets');
  const [withSecrets] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^Download/ }).click()]);
  const included = readFileSync(await withSecrets.path(), 'utf8');
  expect(included).toContain(TOKEN);
  expect(included).toContain(PASSWORD);
});
