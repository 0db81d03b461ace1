import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { valuesNow } from './values-file.helpers';

/**
 * The studio is often served over plain http on a closed network, where the browser offers no Clipboard API
 * (it exists only in secure contexts). Here the page is served from `http://studio.internal:PORT`: the browser
 * resolves the name to this machine, but an http origin that is not localhost is not a secure context.
 */
const NAME = 'studio.internal';

test.use({
  hostsOnThisMachine: ['127.0.0.1', 'localhost', '[::1]', NAME],
  launchOptions: [
    async ({ launchOptions }, use) => use({ ...launchOptions, args: [...(launchOptions.args ?? []), `--host-resolver-rules=MAP ${NAME} 127.0.0.1`] }),
    { scope: 'worker' },
  ],
});

/** Forwards to the preview server as if addressed to it, since the server answers only its own host names. */
let relay: Server;
let relayPort = 0;
test.beforeAll(async ({ baseURL }) => {
  const target = new URL(baseURL ?? '');
  relay = createServer((incoming, outgoing) => {
    const upstream = request({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, host: target.host } }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  relayPort = (relay.address() as AddressInfo).port;
});
test.afterAll(() => new Promise<void>((resolve) => relay.close(() => resolve())));

/** What the clipboard holds, read from a page of the same browser on a secure origin (the studio's page has no API to read it). */
async function clipboardOf(context: BrowserContext, baseURL: string): Promise<string> {
  const reader = await context.newPage();
  try {
    await context.grantPermissions(['clipboard-read'], { origin: new URL(baseURL).origin });
    await reader.goto(new URL('favicon.svg', baseURL).href);
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
  }
}

async function openOnPlainHttp(page: Page): Promise<void> {
  await page.goto(`http://${NAME}:${relayPort}/?chart=1.28.0`);
  expect(await page.evaluate(() => ({ secure: window.isSecureContext, api: 'clipboard' in navigator }))).toEqual({ secure: false, api: false });
  await expect(page.getByRole('button', { name: 'Share…' })).toBeEnabled();
}

test('on plain http the Copy buttons still copy: the share link, an install command and the YAML', async ({ page, context, baseURL }) => {
  await openOnPlainHttp(page);
  await page.getByRole('button', { name: 'Start from…' }).click();
  await page.getByRole('dialog', { name: 'Start from a preset' }).getByRole('button', { name: /Quick start/ }).click();
  const values = await valuesNow(page);
  expect(values).toMatch(/^# Quick start/);

  await page.getByRole('button', { name: 'Share…' }).click();
  const share = page.getByRole('dialog', { name: 'Share a link' });
  const link = await share.getByLabel('Share link').inputValue();
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied.');
  expect(await clipboardOf(context, baseURL ?? '')).toBe(link);
  expect(link).toContain(`http://${NAME}:${relayPort}/`);
  await share.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Commands' }).click();
  const commands = page.getByRole('dialog', { name: 'Install commands' });
  await commands.getByRole('button', { name: 'Copy Install Catalyst' }).click();
  await expect(commands.getByRole('button', { name: 'Copy Install Catalyst' })).toHaveText('Copied');
  expect(await clipboardOf(context, baseURL ?? '')).toMatch(/^helm install catalyst oci:\/\/[\s\S]*--set join_token="\$\{JOIN_TOKEN\}"/);
  await commands.getByRole('button', { name: 'Close' }).click();

  const pane = page.getByRole('region', { name: 'Values (YAML)' });
  await pane.getByRole('button', { name: 'Copy' }).click();
  await expect(pane.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await clipboardOf(context, baseURL ?? '')).toBe(values);
});
