import { rm } from 'node:fs/promises';
import { hostedChartsFolder } from './measureVerdict.mjs';
import { serveFolder } from './server.mjs';
import { median, quantile } from './stats.mjs';

/**
 * The picture of what will be deployed, open beside the editor: chart 1.90.0 with its archive in the host's
 * charts/, every add-on on. Each edit sets the management replicas in the editor (its last key a digit), and
 * is timed from that keydown to the frame whose picture shows the new count: Helm's pause after the last
 * keystroke, its render in its worker, and the picture drawn in its own worker. Every keystroke is timed to
 * its paint as well, to compare with the same typing while the picture is closed.
 */
const VERDICT = '[aria-label="Helm\'s verdict"]';
const ACCEPTED = 'Helm renders the chart with these values.';
const BOX = '[data-node-id="Deployment/cra-agent/management"]';
const VALUES = 'networkPolicies:\n  enabled: true\nopentelemetry-deployment:\n  enabled: true\nopentelemetry-daemonset:\n  enabled: true\nmetrics-server:\n  enabled: true\nmanagement:\n  replicaCount: 2';

function installKeyTimer() {
  const timer = { keys: [], lastKeyAt: undefined };
  window.__pictureBench = timer;
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

/** Resolves, in the page, with the time from the latest keydown to the frame whose picture shows `expected` in the box. */
function armPictureWait(page, expected) {
  return page.evaluate(
    ({ selector, expected }) => {
      const canvas = document.querySelector('.picture__canvas');
      window.__pictureWait = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)?.textContent.includes(expected)) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - window.__pictureBench.lastKeyAt);
            channel.port2.postMessage(0);
          });
        });
        observer.observe(canvas, { childList: true, characterData: true, subtree: true });
      });
    },
    { selector: BOX, expected },
  );
}

async function oneLoad(browser, url, { viewport, timeoutMs, edits, keyIntervalMs, openPicture }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  try {
    await context.addInitScript(installKeyTimer);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.locator(VERDICT).filter({ hasText: ACCEPTED }).waitFor({ timeout: timeoutMs });
    await page.evaluate((value) => navigator.clipboard.writeText(value), VALUES);
    const editor = page.getByRole('textbox', { name: 'Values (YAML)' });
    await editor.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    let openedMs;
    if (openPicture) {
      const clickedAt = await page.evaluate(() => performance.now());
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Picture' }).click();
      await page.locator(BOX).filter({ hasText: '2 replicas' }).waitFor({ timeout: timeoutMs });
      openedMs = (await page.evaluate(() => performance.now())) - clickedAt;
      await editor.focus();
    } else {
      await page.locator(VERDICT).filter({ hasText: ACCEPTED }).waitFor({ timeout: timeoutMs });
    }
    // The caret after the count, at the end of the text.
    await page.keyboard.press('Control+End');
    await page.evaluate(() => (window.__pictureBench.keys = []));
    const updatesMs = [];
    for (let edit = 0; edit < edits; edit += 1) {
      const count = String(3 + (edit % 7));
      if (openPicture) await armPictureWait(page, `${count} replicas`);
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(keyIntervalMs);
      await page.keyboard.type(count);
      if (openPicture) updatesMs.push(await page.evaluate(() => window.__pictureWait));
      else await page.waitForTimeout(1000);
    }
    return { openedMs, updatesMs, keystrokesMs: await page.evaluate(() => window.__pictureBench.keys) };
  } finally {
    await context.close();
  }
}

/** The picture's figures: opening it, last keystroke → updated picture, and typing with it open and closed. */
export async function runPictureBench(browser, { dist, archive, rounds, log, ...options }) {
  const charts = await hostedChartsFolder(archive);
  const server = await serveFolder(dist, { '/charts/': charts });
  try {
    const open = [];
    const closed = [];
    for (let round = 0; round < rounds; round += 1) {
      open.push(await oneLoad(browser, `${server.url}?chart=1.90.0`, { ...options, edits: 6, openPicture: true }));
      closed.push(await oneLoad(browser, `${server.url}?chart=1.90.0`, { ...options, edits: 6, openPicture: false }));
    }
    const updates = open.flatMap((load) => load.updatesMs);
    const withPicture = open.flatMap((load) => load.keystrokesMs);
    const withoutPicture = closed.flatMap((load) => load.keystrokesMs);
    const summary = {
      loads: open.length,
      openedMs: { median: median(open.map((load) => load.openedMs)) },
      updateMs: { samples: updates.length, p50: quantile(updates, 0.5), p95: quantile(updates, 0.95), max: Math.max(...updates) },
      keystrokeMs: {
        withPicture: { samples: withPicture.length, p50: quantile(withPicture, 0.5), p95: quantile(withPicture, 0.95) },
        withoutPicture: { samples: withoutPicture.length, p50: quantile(withoutPicture, 0.5), p95: quantile(withoutPicture, 0.95) },
      },
    };
    log(`picture: opened in ${Math.round(summary.openedMs.median)} ms; last keystroke → updated picture p50 ${Math.round(summary.updateMs.p50)} p95 ${Math.round(summary.updateMs.p95)} ms; typing p95 ${summary.keystrokeMs.withPicture.p95.toFixed(1)} ms with it open, ${summary.keystrokeMs.withoutPicture.p95.toFixed(1)} ms closed`);
    return summary;
  } catch (error) {
    log(`picture: ${String(error.message ?? error).split('\n')[0]}`);
    return { error: String(error.message ?? error) };
  } finally {
    await server.close();
    await rm(charts, { recursive: true, force: true });
  }
}
