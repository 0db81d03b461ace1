import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectYaml, readYaml, replaceYaml, yamlEditor } from './yaml-editor.helpers';

function pane(page: Page) {
  return page.getByRole('region', { name: 'Values (YAML)' });
}

function status(page: Page) {
  return pane(page).locator('.yaml-pane__status');
}

async function openSection(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect(page.getByRole('region', { name: title, exact: true })).toBeVisible();
}

const existingSecret = (page: Page) => page.locator('input[name="/gateway/tls/existingSecret"]');

test.beforeEach(async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  await expect(status(page)).toContainText('marked');
});

test('a value typed in the editor appears in the form', async ({ page }) => {
  await openSection(page, 'Gateway');
  await replaceYaml(page, 'gateway:\n  tls:\n    existingSecret: gw-tls\n');
  await expect(existingSecret(page)).toHaveValue('gw-tls');
  await page.screenshot({ path: 'e2e/screenshots/yaml-editor-typed.png' });
});

test('a form edit reaches the editor with the comments intact', async ({ page }) => {
  await replaceYaml(page, '# staging cluster\ngateway:\n  tls:\n    existingSecret: old-secret # managed by cert-manager\n');
  await openSection(page, 'Gateway');
  await expect(existingSecret(page)).toHaveValue('old-secret');
  await existingSecret(page).fill('new-secret');
  await expectYaml(page, '# staging cluster\ngateway:\n  tls:\n    existingSecret: new-secret # managed by cert-manager\n');
});

test('broken YAML is marked at its line and the form keeps the last good values until it is fixed', async ({ page }) => {
  await openSection(page, 'Gateway');
  await replaceYaml(page, 'gateway:\n  tls:\n    existingSecret: first\n');
  await expect(existingSecret(page)).toHaveValue('first');

  await replaceYaml(page, 'gateway:\n  tls:\n    existingSecret: second: oops\n');
  await expect(status(page)).toContainText('Syntax error on line 3');
  await expect(pane(page)).toHaveAttribute('data-markers', /^error 3:/);
  await expect(existingSecret(page)).toHaveValue('first');
  await page.screenshot({ path: 'e2e/screenshots/yaml-editor-syntax-error.png' });
  await expectYaml(page, 'gateway:\n  tls:\n    existingSecret: second: oops\n');

  await replaceYaml(page, 'gateway:\n  tls:\n    existingSecret: second\n');
  await expect(existingSecret(page)).toHaveValue('second');
  await expect(status(page)).not.toContainText('Syntax error');
});

test('an unknown key is a warning on that key, with the suggestion', async ({ page }) => {
  await replaceYaml(page, 'join_token: abc\ngateway:\n  tls:\n    enbled: true\n');
  await expect(pane(page)).toHaveAttribute('data-markers', /warning 4:5-4:11/);
  await expect(status(page)).toContainText('0 errors, 1 warning marked');
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(status(page)).toContainText('Warning: Unknown key "enbled"');
  await expect(status(page)).toContainText('Did you mean "enabled"?');
  // For the screenshot: the pointer over the key shows the marker's message and the schema's hover.
  const box = await pane(page).locator('.yaml-pane__editor').boundingBox();
  if (box) await page.mouse.move(box.x + 90, box.y + 3 * 18 + 9);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: 'e2e/screenshots/yaml-editor-unknown-key.png' });
});

test('completion inside gateway.tls lists its keys, then the values of the chosen key', async ({ page }) => {
  // The suggestion list is read through its accessible roles, as a screen reader reads it.
  const suggestions = page.getByRole('listbox', { name: 'Suggest' });
  await replaceYaml(page, 'gateway:\n  tls:\n    enabled: false\n    ');
  await page.keyboard.press('Control+Space');
  for (const key of ['existingSecret', 'secretName', 'cert', 'key', 'certificates']) {
    await expect(suggestions.getByRole('listitem', { name: new RegExp(`^${key},`) })).toBeVisible();
  }
  // Only keys not yet written.
  await expect(suggestions.getByRole('listitem', { name: /^enabled,/ })).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/yaml-editor-completion.png' });
  await page.keyboard.press('Escape');

  await page.keyboard.type('existingS');
  await expect(suggestions.getByRole('listitem', { name: /^existingSecret,/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('gw-tls');
  await expectYaml(page, 'gateway:\n  tls:\n    enabled: false\n    existingSecret: gw-tls');

  // A value with a fixed set of choices offers them: here the boolean, after "enabled: ".
  await yamlEditor(page).focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Backspace');
  await page.keyboard.press('Control+Space');
  await expect(suggestions.getByRole('listitem', { name: /^true,/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expectYaml(page, 'gateway:\n  tls:\n    enabled: true\n    existingSecret: gw-tls');
});

test('undo after a form edit restores the editor text, and redo brings the edit back', async ({ page }) => {
  const original = 'join_token: abc # from CI\n';
  await replaceYaml(page, original);
  await openSection(page, 'Gateway');
  await existingSecret(page).fill('gw-tls');
  await expectYaml(page, 'join_token: abc # from CI\ngateway:\n  tls:\n    existingSecret: gw-tls\n');

  await yamlEditor(page).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expectYaml(page, original);
  await expect(existingSecret(page)).toHaveValue('');

  await yamlEditor(page).focus();
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(existingSecret(page)).toHaveValue('gw-tls');
});

test('full values show what Helm will use, read-only', async ({ page }) => {
  await replaceYaml(page, 'join_token: abc\nglobal:\n  secrets:\n    provider: aws\n');
  await expect(status(page)).toContainText('marked');
  await pane(page).getByRole('button', { name: 'Full values' }).click();
  const full = await readYaml(page);
  expect(full).toContain('join_token: abc');
  expect(full).toMatch(/provider: aws/);
  expect(full).toMatch(/existingSecret: ""/);
  await page.screenshot({ path: 'e2e/screenshots/yaml-editor-full-values.png' });

  await pane(page).getByRole('button', { name: 'Changes only' }).click();
  await expectYaml(page, 'join_token: abc\nglobal:\n  secrets:\n    provider: aws\n');
});

test('the editor follows a dark system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await replaceYaml(page, '# dark\ngateway:\n  tls:\n    enabled: true\n');
  await expect(status(page)).toContainText('marked');
  await page.screenshot({ path: 'e2e/screenshots/yaml-editor-dark.png' });
});

test('Tab indents in the editor until Ctrl+M lets it move focus on', async ({ page }) => {
  await replaceYaml(page, 'gateway:\n');
  await page.keyboard.press('Tab');
  await expect(yamlEditor(page)).toBeFocused();
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  await expect(yamlEditor(page)).not.toBeFocused();
  await expectYaml(page, 'gateway:\n  ');
});
