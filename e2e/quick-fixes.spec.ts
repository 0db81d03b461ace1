import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectYaml, replaceYaml } from './yaml-editor.helpers';

function pane(page: Page) {
  return page.getByRole('region', { name: 'Values (YAML)' });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(pane(page).locator('.yaml-pane__status')).toContainText('marked');
});

test('the editor offers the did-you-mean fix as a quick fix (Ctrl+.)', async ({ page }) => {
  await replaceYaml(page, 'gateway:\n  tls:\n    enbled: true # terminate here\n');
  await expect(pane(page)).toHaveAttribute('data-markers', /warning 3:5/);
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('ControlOrMeta+.');
  const action = page.getByRole('option', { name: /Rename enbled to enabled/ });
  await expect(action).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/quick-fix-editor.png' });
  await action.click();
  await expectYaml(page, 'gateway:\n  tls:\n    enabled: true # terminate here\n');
});

test('a problem with a known fix has a Fix button in Problems: a key chart 1.90.0 moved', async ({ page }) => {
  await replaceYaml(page, 'agent:\n  config:\n    project:\n      blocked_cidrs:\n        - 10.0.0.0/8\n');
  const problems = page.getByRole('list', { name: 'Problems' });
  await problems.getByRole('button', { name: 'Fix: Move blocked_cidrs to agent.config.project.blocked_egress' }).click();
  await expectYaml(page, 'agent:\n  config:\n    project:\n      blocked_egress:\n        - name: blocked-cidrs\n          cidrs:\n            - 10.0.0.0/8\n');
  await expect(problems.getByText(/blocked_cidrs/)).toHaveCount(0);
});

test('the form offers the fix where the typo shows, also once the right key is set beside it', async ({ page }) => {
  await replaceYaml(page, 'gateway:\n  tls:\n    enbled: true\n');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Gateway/ }).click();
  const region = page.getByRole('region', { name: 'Gateway', exact: true });
  await expect(region.getByRole('button', { name: 'Rename enbled to enabled' })).toBeVisible();
  // The user turns the switch on instead: now both keys are written.
  await region.getByRole('switch', { name: 'Enable TLS', exact: true }).click();
  await expectYaml(page, 'gateway:\n  tls:\n    enbled: true\n    enabled: true\n');
  await region.getByRole('button', { name: 'Remove enbled: enabled is already set' }).click();
  await expectYaml(page, 'gateway:\n  tls:\n    enabled: true\n');
  await expect(region.getByText(/Unknown key "enbled"/)).toHaveCount(0);
});
