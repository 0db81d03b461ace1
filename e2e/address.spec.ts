import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

function sectionButton(page: Page, title: string) {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${title}`) });
}

test('the address and the title follow the section and the field, a copied address opens the same place, and Back leaves', async ({ page, context }) => {
  await page.goto('about:blank');
  await page.goto('/?chart=1.28.0');
  await sectionButton(page, 'Secrets provider').click();
  await expect(page).toHaveTitle('Secrets provider · Catalyst Values Studio');
  expect(new URL(page.url()).hash).toBe('#section=secrets');

  await sectionButton(page, 'Gateway').click();
  await expect(page).toHaveTitle('Gateway · Catalyst Values Studio');
  const field = page.getByLabel('Existing TLS secret', { exact: true });
  await field.click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#/gateway/tls/existingSecret');

  // The address bar's link opens the same place in another tab.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel('Existing TLS secret', { exact: true })).toBeFocused();
  await expect(other).toHaveTitle('Gateway · Catalyst Values Studio');
  await other.close();

  // Moving around added no history entries: Back leaves the studio for the page before it.
  await page.goBack();
  expect(page.url()).toBe('about:blank');
});
