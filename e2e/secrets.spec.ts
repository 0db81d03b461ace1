import { inflateRawSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SHARE_DICTIONARY_V2 } from '../src/core/share/shareDictionary';
import { expectYaml, yamlEditor } from './yaml-editor.helpers';
import { valuesNow } from './values-file.helpers';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.join-token-e2e.c2lnbmF0dXJl';
const PASSWORD = 'S3cr3t-e2e-pa55word';
const SECRETS = [TOKEN, PASSWORD];

/** The values a share link carries, read the way a studio opening it would (v2: header, raw deflate with the format's dictionary). */
function linkValues(url: string): string {
  const payload = url.slice(url.indexOf('#share=') + '#share='.length);
  expect(payload).toMatch(/^v2\./);
  const bytes = Buffer.from(payload.slice(3), 'base64url');
  return inflateRawSync(bytes.subarray(8), { dictionary: Buffer.from(SHARE_DICTIONARY_V2, 'utf8') }).toString('utf8');
}

async function openSection(page: Page, title: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${title}`) }).click();
  const region = page.getByRole('region', { name: title, exact: true });
  await expect(region).toBeVisible();
  return region;
}

/** Every value the studio keeps in the browser's storage, as one string. */
function storedEverything(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify([Object.entries(window.localStorage), Object.entries(window.sessionStorage)]));
}

test('a join token and a password typed into the form stay out of the link, the address, the console and storage until chosen', async ({ page }) => {
  const console: string[] = [];
  page.on('console', (message) => console.push(message.text()));
  page.on('pageerror', (error) => console.push(error.message));

  await page.goto('/?chart=1.28.0');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeEnabled();
  const install = await openSection(page, 'Install');
  await install.getByLabel('Written in this file').check();
  await install.getByLabel('Join token', { exact: true }).fill(TOKEN);
  const registry = await openSection(page, 'Chart registry');
  await registry.getByLabel('Chart registry URL', { exact: true }).fill('oci://charts.corp.example.com/diagrid');
  await registry.getByLabel('Username', { exact: true }).fill('catalyst-bot');
  await registry.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await expect(page.getByText(/Saved in this browser at .*without secret values \(join_token, global\.charts\.password\)/)).toBeVisible();

  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a link' });
  const withoutSecrets = await dialog.getByLabel('Share link').inputValue();
  const shared = linkValues(withoutSecrets);
  expect(shared).toContain('catalyst-bot');
  for (const secret of SECRETS) {
    expect(shared).not.toContain(secret);
    expect(withoutSecrets).not.toContain(secret);
    expect(page.url()).not.toContain(secret);
    expect(await storedEverything(page)).not.toContain(secret);
  }

  // Opting in puts the secrets in the link, and only there.
  await dialog.getByLabel('Include secrets in the link').check();
  await expect(dialog.getByRole('alert')).toContainText('Anyone who sees this link can read these secrets');
  const withSecrets = linkValues(await dialog.getByLabel('Share link').inputValue());
  for (const secret of SECRETS) {
    expect(withSecrets).toContain(secret);
    expect(page.url()).not.toContain(secret);
    expect(await storedEverything(page)).not.toContain(secret);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Remembering secrets on this device puts them in storage, and still nowhere else.
  await page.getByLabel('Remember secrets on this device').check();
  await expect.poll(() => storedEverything(page), { timeout: 10_000 }).toContain(PASSWORD);
  expect(await storedEverything(page)).toContain(TOKEN);
  expect(page.url()).not.toContain(TOKEN);

  for (const secret of SECRETS) {
    expect(console.filter((line) => line.includes(secret))).toEqual([]);
  }
});

test('a token typed into the form is masked in the YAML pane, survives edits there, and shows on request', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  const install = await openSection(page, 'Install');
  await install.getByLabel('Written in this file').check();
  await install.getByLabel('Join token', { exact: true }).fill(TOKEN);

  // The editor's text (the textbox assistive technology reads) holds the mask, not the token.
  const editor = yamlEditor(page);
  await expect(editor).toHaveValue(new RegExp(`join_token: •{${TOKEN.length}}`));
  expect(await editor.inputValue()).not.toContain(TOKEN);

  // An edit on another line of the pane keeps the real token in the values.
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('# edited in the pane\n');
  await expectYaml(page, new RegExp(`^# edited in the pane\\n[\\s\\S]*join_token: ${TOKEN.replace(/\./g, '\\.')}`));
  await expect(editor).toHaveValue(/# edited in the pane/);
  expect(await editor.inputValue()).not.toContain(TOKEN);

  const pane = page.getByRole('region', { name: 'Values (YAML)' });
  await pane.getByRole('button', { name: 'Show secrets' }).click();
  await expect(editor).toHaveValue(new RegExp(`join_token: ${TOKEN.replace(/\./g, '\\.')}`));
  await page.screenshot({ path: '/tmp/yaml-secrets-shown.png' });
  await pane.getByRole('button', { name: 'Hide secrets' }).click();
  await expect(editor).toHaveValue(new RegExp(`join_token: •{${TOKEN.length}}`));
  await page.screenshot({ path: '/tmp/yaml-secrets-hidden.png' });

  // Typing over the masked value replaces the token with what was typed, never with the mask.
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('join_token: replaced-token');
  await expectYaml(page, /^# edited in the pane\njoin_token: replaced-token\n$/);
  await expect(install.getByLabel('Join token', { exact: true })).toHaveValue('replaced-token');
});

test('when the editor cannot load, the plain text box masks the token too, keeps it through edits and shows it on request', async ({ page }) => {
  await page.route('**/assets/MonacoYamlEditor-*.js', (route) => route.fulfill({ status: 500, body: 'server error' }));
  await page.goto('/?chart=1.28.0');
  const pane = page.getByRole('region', { name: 'Values (YAML)' });
  // The editor starts once the page is idle, which a busy machine delays.
  await expect(pane).toContainText('The editor could not be loaded', { timeout: 20_000 });
  const box = pane.getByRole('textbox', { name: 'Values (YAML)' });

  const install = await openSection(page, 'Install');
  await install.getByLabel('Written in this file').check();
  await install.getByLabel('Join token', { exact: true }).fill(TOKEN);
  await expect(box).toHaveValue(new RegExp(`join_token: •{${TOKEN.length}}`));
  expect(await box.inputValue()).not.toContain(TOKEN);

  // An edit beside the masked value keeps the real token in the values.
  await box.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('# edited in the box\n');
  await expect(box).toHaveValue(/^# edited in the box\n/);
  expect(await box.inputValue()).not.toContain(TOKEN);
  await expect.poll(() => valuesNow(page)).toContain(`# edited in the box\njoin_token: ${TOKEN}\n`);

  await pane.getByRole('button', { name: 'Show secrets' }).click();
  await expect(box).toHaveValue(new RegExp(`join_token: ${TOKEN.replace(/\./g, '\\.')}`));
  await pane.getByRole('button', { name: 'Hide secrets' }).click();
  await expect(box).toHaveValue(new RegExp(`join_token: •{${TOKEN.length}}`));
  await page.screenshot({ path: '/tmp/plain-box-secrets-hidden.png' });

  // Typing over the masked value replaces the token, never with the mask.
  await box.fill(`# edited in the box\njoin_token: replaced-token\n`);
  await expect(install.getByLabel('Join token', { exact: true })).toHaveValue('replaced-token');
});
