import { crc32, deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectYaml, replaceYaml, yamlEditor } from './yaml-editor.helpers';
import { valuesNow, expectValues } from './values-file.helpers';

const SESSION_KEY = 'catalyst-values-studio:session';
const work = '# eu-west-1\ngateway:\n  ha:\n    enabled: true\n    minReplicas: 3\ncleanup:\n  enabled: false\n';

function savedRecord(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), SESSION_KEY);
}

/** The work as the browser holds it, once the autosave has written it. */
async function savedWork(page: Page, text: string): Promise<string> {
  await expect.poll(async () => JSON.parse((await savedRecord(page)) ?? '{}').text, { timeout: 10_000 }).toBe(text);
  return (await savedRecord(page)) ?? '';
}

async function openStudioWithWork(page: Page): Promise<string> {
  await page.goto('/?chart=1.28.0');
  await expect(page.getByRole('button', { name: 'Open…' })).toBeEnabled();
  await replaceYaml(page, work);
  return savedWork(page, work);
}

/** A link a studio would accept up to its last check, around any JSON. */
function linkAround(json: string): string {
  const stream = deflateRawSync(Buffer.from(json, 'utf8'), { level: 9 });
  const header = Buffer.alloc(8);
  header.writeUInt32BE(stream.length, 0);
  header.writeUInt32BE(crc32(stream), 4);
  return 'v1.' + Buffer.concat([header, stream]).toString('base64url');
}

test('a file that cannot be opened leaves the values and the saved copy as they were', async ({ page }) => {
  const saved = await openStudioWithWork(page);
  await page.getByRole('button', { name: 'Open…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a values file' });
  const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 9 }, (_, i) => `${'bcdefghij'[i]}: &${'bcdefghij'[i]} [${Array(9).fill('*' + 'abcdefghij'[i]).join(', ')}]`)].join('\n');
  await dialog.getByLabel('Paste values YAML').fill(bomb);
  await dialog.getByRole('button', { name: 'Check pasted text' }).click();
  await expect(dialog.getByRole('list', { name: 'YAML errors' })).toContainText('alias bomb');
  await expect(dialog.getByRole('button', { name: 'Open in studio' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await expectValues(page, work);
  expect(await savedRecord(page)).toBe(saved);
});

test('pasting broken YAML over the work keeps the last good values saved, and a reload brings them back', async ({ page }) => {
  const saved = await openStudioWithWork(page);
  await replaceYaml(page, 'gateway:\n  ha: [enabled: true\n');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved while the YAML has errors' })).toBeVisible();
  expect(await savedRecord(page)).toBe(saved);

  await page.reload();
  await expectValues(page, work);
});

test('a link too deep to open reports an error, and the page, the values and the saved copy carry on', async ({ page }) => {
  const saved = await openStudioWithWork(page);
  const deep = linkAround(`{"chartVersion":"1.28.0","values":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`);
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#share=${deep}`);
  const alert = page.getByRole('alert').filter({ hasText: 'The share link could not be opened' });
  await expect(alert).toContainText('levels deep');
  await expect(alert).toContainText('Your current work is unchanged');
  await expectValues(page, work);
  expect(await savedRecord(page)).toBe(saved);

  await page.goto('about:blank');
  await page.goto(`/?chart=1.28.0#share=${deep}`);
  await expect(page.getByRole('alert').filter({ hasText: 'The share link could not be opened' })).toContainText('levels deep');
  await expectValues(page, work);
});

test('when the editor cannot load, the plain text box keeps working and a reload restores what was typed in it', async ({ page }) => {
  await page.route('**/assets/MonacoYamlEditor-*.js', (route) => route.fulfill({ status: 500, body: 'server error' }));
  await page.goto('/?chart=1.28.0');
  const pane = page.getByRole('region', { name: 'Values (YAML)' });
  await expect(pane).toContainText('The editor could not be loaded');
  const box = pane.getByRole('textbox', { name: 'Values (YAML)' });
  await box.fill(work);
  await savedWork(page, work);

  await page.reload();
  await expect(pane.getByRole('textbox', { name: 'Values (YAML)' })).toHaveValue(work);

  await page.unroute('**/assets/MonacoYamlEditor-*.js');
  await page.reload();
  await expectValues(page, work);
});

test('a tab closed without warning (a crash) loses nothing: a new tab opens the last values', async ({ page, context }) => {
  await openStudioWithWork(page);
  await page.close({ runBeforeUnload: false });
  const next = await context.newPage();
  await next.goto('/?chart=1.28.0');
  await expect(next.getByRole('status').filter({ hasText: 'Restored your work' })).toBeVisible();
  await expectValues(next, work);
});

test('a reload straight after typing keeps the last edits and the undo history; "Restored" shows only when there was work', async ({ page }) => {
  await page.goto('/?chart=1.28.0#/gateway/tls/existingSecret');
  const field = page.getByLabel('Existing TLS secret', { exact: true });
  await expect(field).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Restored your work' })).toHaveCount(0);
  await field.pressSequentially('edge-tls');
  await page.keyboard.press('Tab');
  await field.fill('edge-tls-2');
  // Well inside the autosave's pause: only saving when the page goes away keeps this.
  await page.reload();

  await expectValues(page, 'gateway:\n  tls:\n    existingSecret: edge-tls-2\n');
  await expect(page.getByRole('status').filter({ hasText: 'Restored your work' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectValues(page, 'gateway:\n  tls:\n    existingSecret: edge-tls\n');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expectValues(page, 'gateway:\n  tls:\n    existingSecret: edge-tls-2\n');

  // An empty file restores nothing, and the page does not claim otherwise.
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('dialog', { name: 'Start a new file?' }).getByRole('button', { name: 'Discard and start new' }).click();
  await page.reload();
  await expectValues(page, '');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await expect(page.getByRole('status').filter({ hasText: 'Restored your work' })).toHaveCount(0);
});

test('a reload straight after typing in the YAML editor keeps what was typed', async ({ page }) => {
  await openStudioWithWork(page);
  const editor = yamlEditor(page);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  await page.keyboard.type(' and eu-west-2');
  // Inside the editor's typing pause, and the editor still has the focus: only handing over the typing when
  // the page goes away keeps it.
  await page.reload();
  await expectYaml(page, work.replace('# eu-west-1', '# eu-west-1 and eu-west-2'));
});

test('closing the tab right after typing loses nothing', async ({ page, context }) => {
  await page.goto('/?chart=1.28.0#/gateway/tls/existingSecret');
  const field = page.getByLabel('Existing TLS secret', { exact: true });
  await expect(field).toBeFocused();
  await field.fill('edge-tls');
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto('/?chart=1.28.0');
  await expectValues(next, 'gateway:\n  tls:\n    existingSecret: edge-tls\n');
});
