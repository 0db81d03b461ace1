import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The text of the values as written, read from the Export dialog (changes only, secrets included: Export
 * leaves them out unless asked, and these tests check what the studio holds). Without the first line Export
 * adds for editors (`# yaml-language-server: $schema=…`), which values-io.spec checks on the file itself.
 */
export async function valuesNow(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export values' });
  const include = dialog.getByLabel('Include secrets in the file');
  if (await include.isVisible()) await include.check();
  const text = await dialog.getByLabel('Exported file').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text.replace(/^# yaml-language-server: \$schema=\S+\n/, '');
}

/** Polls the exported text until it matches. */
export async function expectValues(page: Page, expected: string | RegExp): Promise<void> {
  await expect.poll(() => valuesNow(page), { timeout: 10_000 }).toEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
}

/** Waits until the browser holds the work, so a reload finds it. */
export async function expectSaved(page: Page, fragment: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem('catalyst-values-studio:session') ?? ''), { timeout: 10_000 }).toContain(JSON.stringify(fragment).slice(1, -1));
}
