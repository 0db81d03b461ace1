import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';

/**
 * The README's quick start is `npm start`: the dev server compiles the same modules the build does, but by
 * other rules (modules served one by one, dependencies converted on the fly), so it can break on its own.
 */
test('the studio served by npm start loads its form, its editor and its chart checks without a console error', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  await page.goto('/');
  await expect(page.getByText('catalyst 1.90.0')).toBeVisible();
  // The dev server generates the chart's validators on first request, which takes a while on a busy machine.
  await expect(page.getByRole('heading', { name: 'Install' })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByLabel('Provided at install (recommended)')).toBeChecked();
  await expect(page.getByText(/could not be loaded/)).toHaveCount(0);

  await expect(page.getByText('Loading the editor…')).toHaveCount(0, { timeout: 45_000 });
  await replaceYaml(page, 'global:\n  secrets:\n    provider: aws_secretmanager\n');
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('global.secrets.provider must be');

  expect(consoleErrors, 'errors in the console').toEqual([]);
});
