import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { valuesNow } from './values-file.helpers';

/**
 * The chart's README recommends passing the join token at install (`--set join_token="${JOIN_TOKEN}"`): the
 * studio starts there, and the token written in the file or read from a Secret are choices the user makes.
 */

const noProblems = (page: Page) => page.getByRole('status').filter({ hasText: 'No problems' });

async function commandsText(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Commands' }).click();
  const dialog = page.getByRole('dialog', { name: 'Install commands' });
  await expect(dialog).toContainText('helm install');
  const text = await dialog.innerText();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

test('a new file expects the token at install: no problem on the chart defaults, and the commands pass it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('catalyst 1.90.0')).toBeVisible();
  await expect(page.getByLabel('Provided at install (recommended)')).toBeChecked();
  await expect(noProblems(page)).toBeVisible();
  await expect(page.getByLabel('Join token', { exact: true })).toHaveCount(0);
  expect(await commandsText(page)).toContain('--set join_token="${JOIN_TOKEN}"');
});

test('a token written in the file is an error until typed, warns that it lands in the file, and leaves the commands', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Written in this file').check();
  await expect(page.getByRole('note').filter({ hasText: 'the token lands in the values file' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('join_token is empty');

  await page.getByLabel('Join token', { exact: true }).fill('eyJhbGciOi.example');
  await expect(noProblems(page)).toBeVisible();
  expect(await commandsText(page)).not.toContain('--set join_token');

  // Back to the recommended practice: the token leaves the file.
  await page.getByLabel('Provided at install (recommended)').check();
  await expect(noProblems(page)).toBeVisible();
  expect(await valuesNow(page)).not.toContain('join_token');
  expect(await commandsText(page)).toContain('--set join_token="${JOIN_TOKEN}"');
});

test('a token read from a Secret needs the Secret named, and the commands create it from JOIN_TOKEN', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Read from an existing Secret').check();
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('no agent.existingJoinTokenSecret is named');
  await page.getByLabel('Secret name', { exact: true }).fill('catalyst-join-token');
  await expect(noProblems(page)).toBeVisible();
  const commands = await commandsText(page);
  expect(commands).toContain('kubectl create secret generic catalyst-join-token -n cra-agent --from-literal=join_token="${JOIN_TOKEN}"');
  expect(commands).not.toContain('--set join_token');
});

test('chart 1.28.0 cannot read the token from a Secret, and says so', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  await expect(page.getByLabel('Read from an existing Secret')).toBeDisabled();
  await expect(page.getByText('Chart 1.28.0 cannot read the token from a Secret')).toBeVisible();
});

test('the choice survives a reload, and a share link carries it to a fresh browser', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByLabel('Written in this file').check();
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem('catalyst-values-studio:session') ?? '')).toContain('"joinTokenSource":"file"');
  await page.reload();
  await expect(page.getByLabel('Written in this file')).toBeChecked();
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('join_token is empty');

  await page.getByRole('button', { name: 'Share…' }).click();
  const link = await page.getByRole('dialog', { name: 'Share a link' }).getByLabel('Share link').inputValue();
  const fresh = await browser.newContext();
  const recipient = await fresh.newPage();
  await recipient.goto(link);
  await expect(recipient.getByLabel('Written in this file')).toBeChecked();
  await fresh.close();
});
