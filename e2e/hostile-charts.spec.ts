import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Reading a brought chart builds the studio's whole schema for its release (values, templates, curated overlay): on a busy machine that takes seconds. */
const readingAChart = 30_000;
import { expectYaml } from './yaml-editor.helpers';
import { hostileArchives, hostileSchemaArchives, hostileTemplateArchives, hostileUsableArchives, markup } from '../src/core/chart-archive/hostileArchives.fixture';

/**
 * Charts from strangers, built by the tests themselves: each is brought into the page as a user would,
 * and the page must say what is wrong (or open the chart with its text as text), keep answering the
 * keyboard, and never show a dialog, navigate, or log an error.
 */
interface Watch {
  dialogs: string[];
  navigations: string[];
  errors: string[];
}

async function openWatched(page: Page): Promise<Watch> {
  const watch: Watch = { dialogs: [], navigations: [], errors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  await page.goto('/');
  await expect(page.getByLabel('Chart version')).toHaveValue('1.90.0');
  // The page writes the open section or field into the address's hash itself; leaving the page is what counts.
  const document = page.url().split('#')[0];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url().split('#')[0] !== document) watch.navigations.push(frame.url());
  });
  return watch;
}

async function bring(page: Page, fileName: string, bytes: Uint8Array): Promise<void> {
  await page.getByRole('button', { name: 'Your chart…' }).click();
  await page
    .getByRole('dialog', { name: 'Use your own chart' })
    .getByLabel('Chart archive, or schema and values files')
    .setInputFiles({ name: fileName, mimeType: 'application/gzip', buffer: Buffer.from(bytes) });
}

function sectionButton(page: Page, title: string) {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${title}\\b`) });
}

/** Keystrokes, one by one, into a field of the form: each must reach the values. */
async function typeIntoGateway(page: Page, text: string): Promise<void> {
  await sectionButton(page, 'Gateway').click();
  const field = page.getByRole('region', { name: 'Gateway', exact: true }).getByLabel('Existing TLS secret', { exact: true });
  await field.pressSequentially(text);
  await expect(field).toHaveValue(text);
  await expectYaml(page, new RegExp(`existingSecret: ${text}`));
}

function expectQuiet(watch: Watch): void {
  expect(watch.dialogs, 'dialogs the page opened').toEqual([]);
  expect(watch.navigations, 'navigations').toEqual([]);
  expect(watch.errors, 'console errors').toEqual([]);
}

for (const archive of [...hostileArchives, ...hostileSchemaArchives]) {
  test(`${archive.title}: refused with the rule it broke, and the form answers the keyboard`, async ({ page }) => {
    const watch = await openWatched(page);
    await bring(page, archive.fileName, archive.build());
    const dialog = page.getByRole('dialog', { name: 'Use your own chart' });
    await expect(dialog.getByRole('alert')).toHaveText(archive.refusal, { timeout: readingAChart });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByLabel('Chart version')).toHaveValue('1.90.0');
    await typeIntoGateway(page, 'still-typing');
    expectQuiet(watch);
  });
}

test('markup and script in a chart\'s name, titles and descriptions are shown as text and never run', async ({ page }) => {
  const watch = await openWatched(page);
  await bring(page, hostileUsableArchives.markup.fileName, hostileUsableArchives.markup.build());
  await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText(`${markup.name} 1.0.0 (your chart)`, { timeout: readingAChart });
  await sectionButton(page, 'Advanced').click();
  const advanced = page.getByRole('region', { name: 'Advanced', exact: true });
  await expect(advanced.getByLabel(markup.title, { exact: true })).toBeVisible();
  await expect(advanced.getByText(markup.description, { exact: true })).toBeVisible();
  await page.screenshot({ path: '/tmp/hostile-markup.png' });
  // Nothing of the chart became an element: no image to fail and run its handler, no script, no link.
  await expect(page.locator('img[src="x"], script:not([src]), a[href^="javascript:"]')).toHaveCount(0);
  // The image's handler would have set the title to "pwned"; the page's own title names the section.
  expect(await page.title()).toBe('Advanced · Catalyst Values Studio');
  await advanced.getByLabel(markup.title, { exact: true }).pressSequentially('3');
  await expectYaml(page, /replicas: 3/);
  expectQuiet(watch);
});

test('a pattern built for catastrophic backtracking is judged at once, and the page keeps answering', async ({ page }) => {
  const watch = await openWatched(page);
  await bring(page, hostileUsableArchives.redos.fileName, hostileUsableArchives.redos.build());
  await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText('redos 1.0.0 (your chart)', { timeout: readingAChart });
  // The chart's own default already triggers the pattern: the page judged it and painted the verdict.
  await expect(page.getByText('does not have the expected form (^(a+)+$)').first()).toBeVisible();
  await sectionButton(page, 'Advanced').click();
  const field = page.getByRole('region', { name: 'Advanced', exact: true }).getByLabel('Release name', { exact: true });
  await field.pressSequentially(`${'a'.repeat(40)}!`);
  await expectYaml(page, new RegExp(`name: ${'a'.repeat(40)}!`));
  await field.fill('aaaa');
  await expectYaml(page, /name: aaaa/);
  expectQuiet(watch);
});

test('a link made on a brought chart names it but never carries it; a browser without it says so and offers to bring it', async ({ page, browser }) => {
  await page.goto('/');
  await bring(page, hostileUsableArchives.redos.fileName, hostileUsableArchives.redos.build());
  await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText('redos 1.0.0 (your chart)', { timeout: readingAChart });
  await sectionButton(page, 'Advanced').click();
  await page.getByRole('region', { name: 'Advanced', exact: true }).getByLabel('Release name', { exact: true }).fill('release-a');
  await page.getByRole('button', { name: 'Share…' }).click();
  const link = await page.getByRole('dialog', { name: 'Share a link' }).getByLabel('Share link').inputValue();
  // The whole link is a few hundred characters: no archive rides in it.
  expect(link.length).toBeLessThan(400);

  const colleague = await browser.newContext();
  try {
    const requests: string[] = [];
    colleague.on('request', (request) => requests.push(request.url()));
    const other = await colleague.newPage();
    const watch: Watch = { dialogs: [], navigations: [], errors: [] };
    other.on('dialog', (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    other.on('pageerror', (error) => watch.errors.push(error.message));
    await other.goto(link);
    const notice = other.getByRole('alert').filter({ hasText: 'These values are for redos 1.0.0, a chart brought into another studio' });
    await expect(notice).toBeVisible();
    await expectYaml(other, /name: release-a/);
    await other.screenshot({ path: '/tmp/hostile-link-missing-chart.png' });
    // Opening the link fetched nothing it named: only the studio's own files, from this machine.
    expect(requests.filter((url) => !url.startsWith(new URL(link).origin) || /\.tgz|redos/.test(url))).toEqual([]);

    await notice.getByRole('button', { name: 'Bring the chart…' }).click();
    await other
      .getByRole('dialog', { name: 'Use your own chart' })
      .getByLabel('Chart archive, or schema and values files')
      .setInputFiles({ name: hostileUsableArchives.redos.fileName, mimeType: 'application/gzip', buffer: Buffer.from(hostileUsableArchives.redos.build()) });
    await expect(other.getByLabel('Chart version').locator('option:checked')).toHaveText('redos 1.0.0 (your chart)', { timeout: readingAChart });
    await expect(notice).toBeHidden();
    await expect(other.getByText('does not have the expected form (^(a+)+$)').first()).toBeVisible();
    await expectYaml(other, /name: release-a/);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
  } finally {
    await colleague.close();
  }
});

for (const archive of hostileTemplateArchives.filter((a) => /endless|output/.test(a.fileName))) {
  test(`${archive.title}: Helm is stopped at its limit while the form keeps answering`, async ({ page }) => {
    test.setTimeout(120_000);
    const watch = await openWatched(page);
    await bring(page, archive.fileName, archive.build());
    await expect(page.getByLabel('Chart version').locator('option:checked')).toHaveText(`${archive.fileName.replace(/-1\.0\.0\.tgz$/, '')} 1.0.0 (your chart)`, { timeout: readingAChart });
    // While Helm is busy with the chart, keystrokes reach the values.
    await sectionButton(page, 'Advanced').click();
    const replicas = page.getByRole('region', { name: 'Advanced', exact: true }).getByLabel('Replicas', { exact: true });
    await replicas.pressSequentially('42');
    await expectYaml(page, /replicas: 42/);
    await expect(page.getByRole('status', { name: "Helm's verdict" })).toHaveText(archive.refusal, { timeout: 90_000 });
    await page.screenshot({ path: `/tmp/hostile-${archive.fileName}.png` });
    await replicas.fill('7');
    await expectYaml(page, /replicas: 7/);
    expectQuiet(watch);
  });
}
