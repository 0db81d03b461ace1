import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { replaceYaml } from './yaml-editor.helpers';
import { valuesNow, expectValues, expectSaved } from './values-file.helpers';

/** Production values as a platform engineer writes them, secrets included. */
const production = `join_token: eyJhbGciOiJSUzI1NiJ9.cmVnaW9u.c2ln
gateway:
  tls:
    enabled: true
    existingSecret: catalyst-gateway-tls
  ha:
    enabled: true
    minReplicas: 3
global:
  charts:
    registry: oci://charts.corp.example.com/diagrid/catalyst
    username: catalyst-bot
    password: S3cr3t-pa55
  secrets:
    provider: aws
    aws:
      region: eu-west-1
      access_key: AKIAIOSFODNN7EXAMPLE
      secret_access_key: wJalrXUtnFEMI-K7MDENG
cleanup:
  enabled: false
`;

async function makeLink(page: Page, text: string, includeSecrets = false): Promise<string> {
  await page.goto('/?chart=1.28.0');
  await expect(page.getByRole('button', { name: 'Share…' })).toBeEnabled();
  await replaceYaml(page, text);
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a link' });
  if (includeSecrets) {
    await dialog.getByLabel('Include secrets in the link').check();
    await expect(dialog.getByRole('alert')).toContainText('Anyone who sees this link can read these secrets');
  }
  return dialog.getByLabel('Share link').inputValue();
}

test('a share link opens the same values in a fresh browser, without the secrets, which the sender saw listed', async ({ page, browser }) => {
  const url = await makeLink(page, production);
  const dialog = page.getByRole('dialog', { name: 'Share a link' });
  const omitted = dialog.getByRole('list', { name: 'Secrets left out' });
  for (const name of ['join_token', 'global.charts.password', 'global.secrets.aws.access_key', 'global.secrets.aws.secret_access_key']) {
    await expect(omitted).toContainText(name);
  }
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=v2\.[A-Za-z0-9_-]+$/);
  await page.screenshot({ path: 'e2e/screenshots/share-dialog.png' });

  const colleague = await browser.newContext();
  try {
    const other = await colleague.newPage();
    await other.goto(url);
    await expectValues(other, /existingSecret: catalyst-gateway-tls/);
    const opened = await valuesNow(other);
    for (const kept of ['minReplicas: 3', 'username: catalyst-bot', 'region: eu-west-1', 'provider: aws', 'registry: oci://charts.corp.example.com/diagrid/catalyst']) {
      expect(opened).toContain(kept);
    }
    for (const secret of ['eyJhbGciOiJSUzI1NiJ9', 'S3cr3t-pa55', 'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI', 'join_token', 'password']) {
      expect(opened).not.toContain(secret);
    }
    await expect(other.getByRole('status').filter({ hasText: 'Opened the shared values' })).toBeVisible();
    // The link is read once: the address no longer carries it (it follows the user's place in the form instead),
    // so a reload shows the colleague's own later work, not the link again.
    expect(new URL(other.url()).hash).not.toContain('share=');
    await other.screenshot({ path: 'e2e/screenshots/share-opened.png' });
  } finally {
    await colleague.close();
  }
});

test('secrets travel only after the explicit choice', async ({ page, browser }) => {
  const url = await makeLink(page, production, true);
  const colleague = await browser.newContext();
  try {
    const other = await colleague.newPage();
    await other.goto(url);
    await expectValues(other, /password: S3cr3t-pa55/);
    await expectValues(other, /join_token: eyJhbGciOiJSUzI1NiJ9/);
  } finally {
    await colleague.close();
  }
});

test('broken links say what is wrong and keep the work saved in the browser', async ({ page }) => {
  const url = await makeLink(page, production);
  const work = 'management:\n  replicaCount: 3\n';
  await page.getByRole('dialog', { name: 'Share a link' }).getByRole('button', { name: 'Close' }).click();
  await replaceYaml(page, work);
  await expectSaved(page, work);

  const payload = url.slice(url.indexOf('#share=') + '#share='.length);
  const flipAt = 30;
  const tampered = payload.slice(0, flipAt) + (payload[flipAt] === 'A' ? 'B' : 'A') + payload.slice(flipAt + 1);
  const broken: [string, RegExp][] = [
    [payload.slice(0, payload.length - 10), /incomplete|damaged/],
    [tampered, /damaged/],
    ['v9.AAAAAAAAAAAA', /newer Catalyst Values Studio/],
    ['v1.' + 'A'.repeat(70_000), /too long/],
    ['hello', /not a Catalyst Values Studio share link/],
  ];
  for (const [bad, message] of broken) {
    await page.goto('about:blank');
    await page.goto(`/?chart=1.28.0#share=${bad}`);
    const alert = page.getByRole('alert').filter({ hasText: 'The share link could not be opened' });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Your current work is unchanged');
    await expectValues(page, work);
  }
  await page.screenshot({ path: 'e2e/screenshots/share-broken.png' });
  await page.reload();
  await expectValues(page, work);
});

test('a link pasted into the address bar of an open studio opens too, and the previous work can be brought back', async ({ page }) => {
  const url = await makeLink(page, production);
  await page.getByRole('dialog', { name: 'Share a link' }).getByRole('button', { name: 'Close' }).click();
  const work = 'piko:\n  enabled: false\n';
  await replaceYaml(page, work);
  await expectSaved(page, work);

  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, url.slice(url.indexOf('#')));
  await expectValues(page, /existingSecret: catalyst-gateway-tls/);
  await page.getByRole('button', { name: 'Bring back my previous work' }).click();
  await expectValues(page, work);
  // Bringing it back is one step: one Undo shows the shared values again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expectValues(page, /existingSecret: catalyst-gateway-tls/);
});

test('a link carries the file as written: its comments and a value pinned at the chart default arrive', async ({ page, browser }) => {
  const pinned = '# EU production: sizes agreed with the SRE team\nagent:\n  config:\n    sidecar:\n      resources:\n        limits:\n          memory: 256Mi # pinned, whatever the chart default becomes\ncleanup:\n  enabled: false\n';
  const url = await makeLink(page, `join_token: eyJhbGciOiJSUzI1NiJ9.cmVnaW9u.c2ln\n${pinned}`);
  const colleague = await browser.newContext();
  try {
    const other = await colleague.newPage();
    await other.goto(url);
    await expectValues(other, `${pinned}`);
  } finally {
    await colleague.close();
  }
});
