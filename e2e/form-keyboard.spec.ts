import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The controls keyboard users should reach: everything focusable except the file pickers behind their buttons. */
const CONTROLS = '.schema-form__main :is(input, select, textarea, button, a[href], summary):not([tabindex="-1"]):not([disabled])';

async function sectionTitles(page: Page): Promise<string[]> {
  await page.goto('/?chart=1.28.0');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('button').first()).toBeVisible();
  return nav.locator('.section-nav__title').allTextContents();
}

test('every section is reached from the keyboard alone, and each of its controls by Tab, each with a name', async ({ page }) => {
  test.setTimeout(300_000);
  const titles = await sectionTitles(page);
  expect(titles.length).toBeGreaterThan(10);
  for (const [index, title] of titles.entries()) {
    // Reach the section's button from the search box, by keyboard.
    await page.getByRole('searchbox', { name: 'Search values' }).focus();
    for (let i = 0; i <= index; i += 1) await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toContainText(title);
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: title, exact: true, level: 2 });
    await expect(heading).toBeFocused();
    // A folded component block opens from its summary, by keyboard, as a user would to reach its fields.
    const folded = page.locator('.schema-form__main details:not([open]) > summary');
    while ((await folded.count()) > 0) {
      await folded.first().focus();
      await page.keyboard.press('Enter');
    }
    await heading.focus();

    const controls = page.locator(CONTROLS);
    const count = await controls.count();
    expect(count, `${title} has controls`).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      await expect(controls.nth(i), `control ${i + 1} of ${title} has an accessible name`).toHaveAccessibleName(/\S/);
    }
    // Tab through the section, marking what gets focus; every control must have been reached.
    await page.evaluate(() => document.querySelectorAll('[data-reached]').forEach((el) => el.removeAttribute('data-reached')));
    for (let i = 0; i < count; i += 1) {
      await page.keyboard.press('Tab');
      await page.evaluate(() => document.activeElement?.setAttribute('data-reached', ''));
    }
    const missed = await page.locator(CONTROLS).evaluateAll((elements) =>
      elements
        // A radio group is one Tab stop (arrow keys move within it): reaching one of its radios reaches the group.
        .filter((el) => !el.hasAttribute('data-reached') && !(el instanceof HTMLInputElement && el.type === 'radio' && document.querySelector(`input[type="radio"][name="${CSS.escape(el.name)}"][data-reached]`)))
        .map((el) => el.getAttribute('name') ?? el.getAttribute('aria-label') ?? el.textContent),
    );
    expect(missed, `controls of ${title} that Tab never reached`).toEqual([]);
  }
});
