import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from './server.mjs';

/**
 * The set-up the page measures with Helm's engine share: the studio's build served with the host's charts/
 * folder holding the 1.90.0 archive, a cold browser context that may use the clipboard and times every
 * keystroke to its paint, and the page opened on that chart until Helm's first verdict is on screen.
 */
export const CHART_VERSION = '1.90.0';
export const VERDICT = '[aria-label="Helm\'s verdict"]';
export const ACCEPTED = 'Helm renders the chart with these values.';
export const REFUSED = 'Helm refuses these values';

/** The host's charts/ folder: the archive and the index `helm repo index` would write. */
async function hostedChartsFolder(archive) {
  const folder = await mkdtemp(join(tmpdir(), 'bench-charts-'));
  await copyFile(archive, join(folder, `catalyst-${CHART_VERSION}.tgz`));
  const digest = createHash('sha256').update(await readFile(archive)).digest('hex');
  await writeFile(
    join(folder, 'index.yaml'),
    `apiVersion: v1\nentries:\n  catalyst:\n  - name: catalyst\n    version: ${CHART_VERSION}\n    urls:\n    - catalyst-${CHART_VERSION}.tgz\n    digest: ${digest}\n`,
  );
  return folder;
}

/** Serves `dist` with the archive in charts/. `url` opens the studio on that chart; `close` removes everything. */
export async function serveWithHostedChart(dist, archive) {
  const charts = await hostedChartsFolder(archive);
  const server = await serveFolder(dist, { '/charts/': charts });
  return {
    url: `${server.url}?chart=${CHART_VERSION}`,
    async close() {
      await server.close();
      await rm(charts, { recursive: true, force: true });
    },
  };
}

/**
 * In the page: each keydown's time to the end of the next frame (rAF, then a MessageChannel task) goes to
 * `window.__benchKeys.keys`, and `lastKeyAt` is the latest keydown, for timing what follows a keystroke.
 */
function installKeyTimer() {
  const timer = { keys: [], lastKeyAt: undefined };
  window.__benchKeys = timer;
  addEventListener(
    'keydown',
    () => {
      const at = performance.now();
      timer.lastKeyAt = at;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => timer.keys.push(performance.now() - at);
        channel.port2.postMessage(0);
      });
    },
    { capture: true },
  );
}

/** A cold context with the key timer; the caller closes `context`. */
export async function newTimedContext(browser, { viewport }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript(installKeyTimer);
  return context;
}

/**
 * Waits until Helm's verdict line starts with `expected`. A timeout says what the line showed instead (a
 * refusal, a time limit, still rendering), which is what a failed run needs to be understood.
 */
export async function waitForVerdict(page, expected, timeoutMs) {
  try {
    await page.locator(VERDICT).filter({ hasText: expected }).waitFor({ timeout: timeoutMs });
  } catch (error) {
    const shown = await page
      .locator(VERDICT)
      .allTextContents()
      .catch(() => []);
    throw new Error(`waited ${Math.round(timeoutMs / 1000)} s for Helm's verdict "${expected}"; the page showed ${JSON.stringify(shown.join(' | ') || 'no verdict')} (${String(error.message ?? error).split('\n')[0]})`);
  }
}

/** Opens `url` in a new page of `context` and waits for Helm's first verdict (the chart's defaults are accepted). */
export async function openOnHostedChart(context, url, timeoutMs) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await waitForVerdict(page, ACCEPTED, timeoutMs);
  return page;
}

/** Replaces the YAML editor's text by pasting, as a person would. */
export async function pasteValues(page, text) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.getByRole('textbox', { name: 'Values (YAML)' }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}
