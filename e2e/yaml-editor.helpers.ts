import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The YAML editor, by the accessible name it shares with the plain text area it replaced. */
export function yamlEditor(page: Page) {
  return page.getByRole('textbox', { name: 'Values (YAML)' });
}

/**
 * Replaces the whole text as a user pasting a file would: select all in the editor, paste. A paste is not
 * auto-indented or auto-closed the way typing is, so the result is exactly `text`.
 */
export async function replaceYaml(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const editor = yamlEditor(page);
  await expect(editor).toBeAttached();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.press('ControlOrMeta+V');
}

/** The text the pane shows, read the way a user takes it away: its Copy button and the clipboard. */
export async function readYaml(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const pane = page.getByRole('region', { name: 'Values (YAML)' });
  await pane.getByRole('button', { name: /^Copy/ }).click();
  await expect(pane.getByRole('button', { name: 'Copied' })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Polls the pane's text until it matches, as `toHaveValue` does for a text area. */
export async function expectYaml(page: Page, expected: string | RegExp): Promise<void> {
  await expect.poll(() => readYaml(page), { timeout: 10_000 }).toEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
}
