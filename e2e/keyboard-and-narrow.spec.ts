import { test, expect } from './fixtures';
import { replaceYaml, yamlEditor } from './yaml-editor.helpers';

test('a skip link takes the keyboard to the first field in one Tab, and another to the problems past the editor', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeEnabled();
  await page.keyboard.press('Tab');
  const toFields = page.getByRole('link', { name: 'Skip to the form fields' });
  await expect(toFields).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#form-fields :focus')).toHaveCount(1);

  // From inside the editor, where Tab indents, the problems are one skip link or the header's count away.
  await replaceYaml(page, 'gatway:\n  tls: {}\n');
  await yamlEditor(page).focus();
  await page.getByRole('link', { name: /warning/ }).click();
  await expect(page.getByRole('heading', { name: /Problems/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('list', { name: 'Problems' }).getByRole('button').first()).toBeFocused();

  // On a fresh page, the second Tab stop is the skip link to the problems.
  await page.goto('/?chart=1.28.0');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeEnabled();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the problems' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Problems/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('list', { name: 'Problems' }).getByRole('button').first()).toBeFocused();
});

test('at 390 px wide, dialogs with long paths fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?chart=1.28.0');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeEnabled();
  await replaceYaml(
    page,
    'join_token: abc\nagent:\n  config:\n    project:\n      external_postgresql:\n        connection_string_password: pg-Pa55word\n        connection_string_host: a-very-long-database-host-name.cluster-c1a2b3.eu-west-1.rds.amazonaws.com\n',
  );
  for (const [button, title] of [
    ['Share…', 'Share a link'],
    ['Export…', 'Export values'],
    ['Commands', 'Install commands'],
    ['GitOps…', 'Install with GitOps'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog.getByRole('button', { name: /^Copy/ }).first()).toBeVisible();
    const overflow = await dialog.evaluate((element) => {
      const width = element.getBoundingClientRect().right;
      const wider = [...element.querySelectorAll('*')].filter((child) => child.getBoundingClientRect().right > Math.min(width, window.innerWidth) + 1);
      return { dialogRight: width, viewport: window.innerWidth, scrolls: element.scrollWidth > element.clientWidth, wider: wider.slice(0, 5).map((child) => `${child.tagName}.${child.className}: ${(child.textContent ?? '').slice(0, 40)}`) };
    });
    await page.screenshot({ path: `/tmp/ck/narrow-${button.replace(/\W/g, '')}.png` });
    expect(overflow, title).toEqual({ dialogRight: expect.any(Number), viewport: 390, scrolls: false, wider: [] });
    expect(overflow.dialogRight).toBeLessThanOrEqual(390);
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
});
