import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { gzipSync } from 'fflate';
import { createTar } from 'nanotar';
import { test, expect } from './fixtures';

/** Reading a brought chart builds the studio's whole schema for its release (values, templates, curated overlay): on a busy machine that takes seconds. */
const readingAChart = 30_000;
import { expectYaml, readYaml, replaceYaml } from './yaml-editor.helpers';

/** A 1.28.0 file as platform teams wrote it: AWS secrets, the README's CIDR block list, platform nodes. */
const values128 = `# Production, eu-west-1.
join_token: "from-the-install-command"
global:
  secrets:
    provider: aws
    aws:
      region: eu-west-1
agent:
  config:
    project:
      blocked_cidrs:
        - 10.0.0.0/8
        - 172.16.0.0/12
shared:
  nodeSelector:
    pool: platform
gateway:
  tls:
    existingSecret: gateway-tls # made by cert-manager
`;

function chartPicker(page: Page): Locator {
  return page.getByLabel('Chart version');
}

function sectionButton(page: Page, title: string): Locator {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${title}\\b`) });
}

test.beforeAll(() => {
  mkdirSync('e2e/screenshots', { recursive: true });
});

test('the studio opens on the newest chart, and ?chart= opens another', async ({ page }) => {
  await page.goto('/');
  await expect(chartPicker(page)).toHaveValue('1.90.0');
  await expect(page.getByText('catalyst 1.90.0')).toBeVisible();
  await page.goto('/?chart=1.28.0');
  await expect(chartPicker(page)).toHaveValue('1.28.0');
  await expect(page.getByText('catalyst 1.28.0')).toBeVisible();
  // Read once, like a share link: a reload then opens the work as autosave left it. (The hash that
  // remains names the place in the form.)
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await page.screenshot({ path: 'e2e/screenshots/chart-version-picker.png', clip: { x: 0, y: 0, width: 900, height: 90 } });
});

test('?chart= takes a version as people write it: v1.28.0 opens 1.28.0, and 1.90 then opens 1.90.0', async ({ page }) => {
  await page.goto('/?chart=v1.28.0');
  await expect(chartPicker(page)).toHaveValue('1.28.0');
  await expect(page.getByText('catalyst 1.28.0')).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  // The work saved in this browser is on 1.28.0 now: only the address can move it to 1.90.0.
  await page.goto('/?chart=1.90');
  await expect(chartPicker(page)).toHaveValue('1.90.0');
  await expect(page.getByText('catalyst 1.90.0')).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('switching to 1.90.0 carries the values across with a report, and switching back restores their 1.28.0 form', async ({ page }) => {
  await page.goto('/?chart=1.28.0');
  await replaceYaml(page, values128);
  await expectYaml(page, values128);

  await chartPicker(page).selectOption('1.90.0');
  const report = page.getByRole('dialog', { name: 'Chart 1.28.0 → 1.90.0' });
  await expect(report).toBeVisible();
  const steps = report.getByRole('list', { name: 'Migration report' });
  await expect(steps.getByRole('listitem').filter({ hasText: '/shared/nodeSelector → /shared/scheduling/nodeSelector' })).toHaveCount(1);
  await expect(steps.getByRole('listitem').filter({ hasText: '/agent/config/project/blocked_cidrs → /agent/config/project/blocked_egress' })).toHaveCount(1);
  await expect(steps.getByRole('listitem').filter({ hasText: 'Value renamed' }).filter({ hasText: '/global/secrets/provider' })).toContainText('aws.secretmanager');
  await page.screenshot({ path: 'e2e/screenshots/chart-version-report.png' });
  await report.getByRole('button', { name: 'Done' }).click();
  await expect(report).toBeHidden();

  await expect(chartPicker(page)).toHaveValue('1.90.0');
  const upgraded = await readYaml(page);
  expect(upgraded).toContain('# Production, eu-west-1.');
  expect(upgraded).toContain('existingSecret: gateway-tls # made by cert-manager');
  expect(upgraded).toMatch(/provider: aws\.secretmanager/);
  expect(upgraded).toMatch(/blocked_egress:/);
  expect(upgraded).toMatch(/10\.0\.0\.0\/8/);
  expect(upgraded).toMatch(/shared:\n {2}scheduling:\n {4}nodeSelector:\n {6}pool: platform/);
  expect(upgraded).not.toMatch(/blocked_cidrs/);

  await chartPicker(page).selectOption('1.28.0');
  const back = page.getByRole('dialog', { name: 'Chart 1.90.0 → 1.28.0' });
  await expect(back.getByRole('list', { name: 'Migration report' }).getByRole('listitem').filter({ hasText: '/shared/scheduling/nodeSelector → /shared/nodeSelector' })).toHaveCount(1);
  await back.getByRole('button', { name: 'Done' }).click();
  const downgraded = await readYaml(page);
  expect(downgraded).toMatch(/provider: aws\n/);
  expect(downgraded).toMatch(/blocked_cidrs:\n\s+- 10\.0\.0\.0\/8\n\s+- 172\.16\.0\.0\/12/);
  expect(downgraded).toMatch(/shared:\n {2}nodeSelector:\n {4}pool: platform/);
  expect(downgraded).toContain('existingSecret: gateway-tls # made by cert-manager');

  // One switch, one undo step: the chart and the text come back together.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(chartPicker(page)).toHaveValue('1.90.0');
  await expectYaml(page, upgraded);
});

test('a reload keeps the chart the work was switched to', async ({ page }) => {
  await page.goto('/');
  await replaceYaml(page, 'cleanup:\n  enabled: false\n');
  await chartPicker(page).selectOption('1.28.0');
  await page.getByRole('dialog', { name: 'Chart 1.90.0 → 1.28.0' }).getByRole('button', { name: 'Done' }).click();
  // What the browser keeps names the chart, so the next visit opens the values on it.
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('catalyst-values-studio:session') ?? '{}').chartVersion)).toBe('1.28.0');
  await page.goto('/');
  await expect(chartPicker(page)).toHaveValue('1.28.0');
  await expectYaml(page, /cleanup:\n {2}enabled: false/);
  // The address's version wins over the saved one.
  await page.goto('/?chart=1.90.0');
  await expect(chartPicker(page)).toHaveValue('1.90.0');
  await expectYaml(page, /cleanup:\n {2}enabled: false/);
});

/** A chart's files, made here: nothing about it is shipped with the studio. */
function chartFiles(): Record<string, string> {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    properties: {
      gateway: { type: 'object', properties: { tls: { type: 'object', properties: { existingSecret: { type: 'string' } } } } },
      tuning: { type: 'object', title: 'Tuning', properties: { level: { type: 'integer', title: 'Tuning level', minimum: 1, maximum: 5 } } },
    },
  };
  return {
    'Chart.yaml': 'apiVersion: v2\nname: catalyst\nversion: 1.95.0-rc.1\n',
    'values.yaml': 'gateway:\n  tls:\n    existingSecret: rc-gateway-tls\ntuning:\n  level: 3\n',
    'values.schema.json': JSON.stringify(schema),
    'templates/configmap.yaml': 'kind: ConfigMap\n',
  };
}

/** The same chart as an archive, as `helm pull` downloads it. */
function chartArchive(): Buffer {
  const encode = (text: string) => new TextEncoder().encode(text);
  return Buffer.from(gzipSync(createTar(Object.entries(chartFiles()).map(([path, text]) => ({ name: `catalyst/${path}`, data: encode(text) })))));
}

test('a chart archive chosen from disk renders its form with its defaults and checks values by its schema', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Your chart…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use your own chart' });
  await dialog.getByLabel('Chart archive, or schema and values files').setInputFiles({ name: 'catalyst-1.95.0-rc.1.tgz', mimeType: 'application/gzip', buffer: chartArchive() });
  await expect(dialog).toBeHidden({ timeout: readingAChart });
  await expect(chartPicker(page).locator('option:checked')).toHaveText('catalyst 1.95.0-rc.1 (your chart)', { timeout: readingAChart });

  await sectionButton(page, 'Gateway').click();
  const gateway = page.getByRole('region', { name: 'Gateway', exact: true });
  await expect(gateway.getByLabel('Existing TLS secret', { exact: true })).toHaveAttribute('placeholder', 'rc-gateway-tls');

  await sectionButton(page, 'Advanced').click();
  const advanced = page.getByRole('region', { name: 'Advanced', exact: true });
  const level = advanced.getByLabel('Tuning level', { exact: true });
  await expect(level).toHaveAttribute('placeholder', '3');
  await level.fill('9');
  await expectYaml(page, /tuning:\n {2}level: 9/);
  await expect(page.getByText('must be <= 5 (found number 9)').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/chart-version-brought.png' });
});

test('a chart just brought is never shown as missing from this browser, not even for a moment', async ({ page }) => {
  // Every text the page ever shows that calls the chart absent, caught as the DOM changes (a frame-long flash included).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { absentChartTexts: string[] }).absentChartTexts = seen;
    const absent = /not in this browser|this browser does not have it/;
    new MutationObserver((records) => {
      for (const record of records) {
        const texts = record.type === 'characterData' ? [record.target.textContent ?? ''] : [...record.addedNodes].map((node) => node.textContent ?? '');
        seen.push(...texts.filter((text) => absent.test(text)));
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Your chart…' }).click();
  await page.getByRole('dialog', { name: 'Use your own chart' }).getByLabel('Chart archive, or schema and values files').setInputFiles({ name: 'catalyst-1.95.0-rc.1.tgz', mimeType: 'application/gzip', buffer: chartArchive() });
  await expect(chartPicker(page).locator('option:checked')).toHaveText('catalyst 1.95.0-rc.1 (your chart)', { timeout: readingAChart });
  await sectionButton(page, 'Advanced').click();
  await expect(page.getByRole('region', { name: 'Advanced', exact: true }).getByLabel('Tuning level', { exact: true })).toHaveAttribute('placeholder', '3');
  // The kept list has been read again from storage by now: it lists the chart.
  await page.getByRole('button', { name: 'Your chart…' }).click();
  await expect(page.getByRole('list', { name: 'Charts kept in this browser' })).toContainText('catalyst 1.95.0-rc.1 (your chart) — in use');
  expect(await page.evaluate(() => (window as unknown as { absentChartTexts: string[] }).absentChartTexts)).toEqual([]);
});

test('a file that is not a chart says why and changes nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Your chart…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use your own chart' });
  await dialog.getByLabel('Chart archive, or schema and values files').setInputFiles({ name: 'values.schema.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"object"}') });
  await expect(dialog.getByRole('alert')).toContainText("needs the chart's values.yaml");
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(chartPicker(page)).toHaveValue('1.90.0');
});

test('a chart archive dropped on the page is read as a chart, not opened as values', async ({ page }) => {
  await page.goto('/');
  await expect(chartPicker(page)).toHaveValue('1.90.0');
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'catalyst-1.95.0-rc.1.tgz', { type: 'application/gzip' }));
    return transfer;
  }, [...chartArchive()]);
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(chartPicker(page).locator('option:checked')).toHaveText('catalyst 1.95.0-rc.1 (your chart)', { timeout: readingAChart });
  await expect(page.getByRole('dialog', { name: 'Open a values file' })).toBeHidden();
  await sectionButton(page, 'Advanced').click();
  await expect(page.getByRole('region', { name: 'Advanced', exact: true }).getByLabel('Tuning level', { exact: true })).toHaveAttribute('placeholder', '3');
});

test('a brought chart is kept in this browser across reloads, until it is removed from the list', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Your chart…' }).click();
  await page.getByRole('dialog', { name: 'Use your own chart' }).getByLabel('Chart archive, or schema and values files').setInputFiles({ name: 'catalyst-1.95.0-rc.1.tgz', mimeType: 'application/gzip', buffer: chartArchive() });
  await expect(chartPicker(page).locator('option:checked')).toHaveText('catalyst 1.95.0-rc.1 (your chart)', { timeout: readingAChart });
  await replaceYaml(page, 'tuning:\n  level: 4\n');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('catalyst-values-studio:session') ?? '')).toMatch(/yours:catalyst@1\.95\.0-rc\.1.*level: 4/);

  await page.reload();
  await expect(chartPicker(page).locator('option:checked')).toHaveText('catalyst 1.95.0-rc.1 (your chart)', { timeout: readingAChart });
  await sectionButton(page, 'Advanced').click();
  await expect(page.getByRole('region', { name: 'Advanced', exact: true }).getByLabel('Tuning level', { exact: true })).toHaveValue('4');

  await page.getByRole('button', { name: 'Your chart…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use your own chart' });
  await expect(dialog.getByRole('list', { name: 'Charts kept in this browser' })).toContainText('catalyst 1.95.0-rc.1 (your chart) — in use', { timeout: readingAChart });
  await page.screenshot({ path: 'e2e/screenshots/chart-version-kept.png' });
  await dialog.getByRole('button', { name: 'Remove catalyst 1.95.0-rc.1 (your chart)' }).click();
  await expect(dialog.getByRole('list', { name: 'Charts kept in this browser' })).toBeHidden();
  await expect(chartPicker(page)).toHaveValue('1.90.0');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.reload();
  await expect(chartPicker(page)).toHaveValue('1.90.0');
  await expect(chartPicker(page).locator('option', { hasText: 'your chart' })).toHaveCount(0);
});

test('a chart folder chosen from disk is read like its archive', async ({ page }) => {
  const folder = join(mkdtempSync(join(tmpdir(), 'chart-folder-')), 'catalyst');
  for (const [path, text] of Object.entries(chartFiles())) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  try {
    await page.goto('/');
    await page.getByRole('button', { name: 'Your chart…' }).click();
    await page.getByRole('dialog', { name: 'Use your own chart' }).getByLabel('Chart folder').setInputFiles(folder);
    await expect(chartPicker(page).locator('option:checked')).toHaveText('catalyst 1.95.0-rc.1 (your chart)', { timeout: readingAChart });
    await sectionButton(page, 'Advanced').click();
    await expect(page.getByRole('region', { name: 'Advanced', exact: true }).getByLabel('Tuning level', { exact: true })).toHaveAttribute('placeholder', '3');
  } finally {
    rmSync(dirname(folder), { recursive: true, force: true });
  }
});
