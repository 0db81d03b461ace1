import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { readYaml, replaceYaml } from './yaml-editor.helpers';

/** Markup that would run if any part of the page rendered a value as HTML instead of text. */
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>window.__pwned = true</script>';

/** Fails the test on any alert/confirm/prompt the page opens, and records what would have run. */
function watchForScripts(page: Page): { dialogs: string[] } {
  const seen = { dialogs: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function expectNothingRan(page: Page, seen: { dialogs: string[] }): Promise<void> {
  await expect(page.locator('img[src="x"], img[onerror], svg[onload]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
}

async function openStudio(page: Page) {
  await page.goto('/?chart=1.28.0');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeEnabled();
}

test('HTML pasted into the YAML is shown as text in the editor and in Problems, and never becomes markup', async ({ page }) => {
  const seen = watchForScripts(page);
  await openStudio(page);
  const pasted = `nameOverride: "${IMG}"\n"${SCRIPT}": 1\n`;
  await replaceYaml(page, pasted);

  const pane = page.getByRole('region', { name: 'Values (YAML)' });
  await expect(pane).toContainText(/<img\ssrc=x\sonerror=alert\(1\)>/);
  const problems = page.getByRole('region', { name: /^Problems/ });
  await expect(problems).toContainText('nameOverride');
  await expect(problems).toContainText('<script>window.__pwned = true<');
  expect(await readYaml(page)).toBe(pasted);
  await expectNothingRan(page, seen);
});

test('HTML in a pasted file is listed as text in the Open report', async ({ page }) => {
  const seen = watchForScripts(page);
  await openStudio(page);
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a values file' });
  await dialog.getByLabel('Paste values YAML').fill(`"${IMG}": 1\nglobal:\n  secrets:\n    provider: "${SCRIPT}"\n`);
  await dialog.getByRole('button', { name: 'Check pasted text' }).click();
  await expect(dialog.getByRole('list', { name: 'Unknown keys' })).toContainText(IMG);
  await expect(dialog.getByRole('list', { name: 'Schema errors' })).toContainText('global.secrets.provider');
  await expectNothingRan(page, seen);
});

test('a share link carrying markup in its values opens them as text, in a fresh browser', async ({ page, browser }) => {
  await openStudio(page);
  const values = `nameOverride: "${IMG}"\nglobal:\n  image:\n    registry: "${SCRIPT}"\n`;
  await replaceYaml(page, values);
  await page.getByRole('button', { name: 'Share…' }).click();
  const url = await page.getByRole('dialog', { name: 'Share a link' }).getByLabel('Share link').inputValue();

  const colleague = await browser.newContext();
  try {
    const other = await colleague.newPage();
    const seen = watchForScripts(other);
    await other.goto(url);
    await expect(other.getByRole('status').filter({ hasText: 'Opened the shared values' })).toBeVisible();
    const pane = other.getByRole('region', { name: 'Values (YAML)' });
    await expect(pane).toContainText(/<img\ssrc=x\sonerror=alert\(1\)>/);
    await expect(pane).toContainText(/<script>window\.__pwned\s=\strue<\/script>/);
    await expectNothingRan(other, seen);
  } finally {
    await colleague.close();
  }
});

test('a link whose payload is markup is refused, and none of the markup is shown', async ({ page }) => {
  const seen = watchForScripts(page);
  for (const payload of [IMG, encodeURIComponent(IMG), `v1.${SCRIPT}`]) {
    await page.goto('about:blank');
    await page.goto(`/?chart=1.28.0#share=${payload}`);
    const alert = page.getByRole('alert').filter({ hasText: 'The share link could not be opened' });
    await expect(alert).toBeVisible();
    await expect(alert).not.toContainText('<');
    await expectNothingRan(page, seen);
  }
});

test('a paste with fifty thousand syntax errors counts them all, lists the first ones, and undo brings the file back', async ({ page }) => {
  await openStudio(page);
  const before = await readYaml(page);
  const problems = page.getByRole('region', { name: /^Problems/ });
  const countsBefore = await problems.getByRole('heading').textContent();

  // Every line indented with a tab, which YAML forbids: one syntax error per line.
  const lines = 50_000;
  await replaceYaml(page, Array.from({ length: lines }, (_, i) => `\tkey${i}: 1`).join('\n'));

  await expect(problems.getByRole('heading')).toContainText('50,000 errors', { timeout: 20_000 });
  await expect(problems.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveCount(200);
  await expect(problems.getByText('…and 49,800 more not listed.')).toBeVisible();
  await expect(problems.getByRole('listitem').first()).toContainText('line 1');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(problems.getByRole('heading')).toHaveText(countsBefore ?? '', { timeout: 20_000 });
  expect(await readYaml(page)).toBe(before);
});
