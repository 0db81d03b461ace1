import { loadavg } from 'node:os';
import { ACCEPTED, VERDICT, newTimedContext, openOnHostedChart, pasteValues, serveWithHostedChart, waitForVerdict } from './hostedChart.mjs';
import { median, quantile } from './stats.mjs';

/**
 * The picture of what will be deployed, open beside the editor: chart 1.90.0 with its archive in the host's
 * charts/, every add-on on. Each edit sets the management replicas in the editor (its last key a digit), and
 * is timed from that keydown to the frame whose picture shows the new count: Helm's pause after the last
 * keystroke, its render in its worker, and the picture drawn in its own worker. Every keystroke is timed to
 * its paint as well, to compare with the same typing while the picture is closed.
 */
const BOX = '[data-node-id="Deployment/cra-agent/management"]';
const VALUES = 'networkPolicies:\n  enabled: true\nopentelemetry-deployment:\n  enabled: true\nopentelemetry-daemonset:\n  enabled: true\nmetrics-server:\n  enabled: true\nmanagement:\n  replicaCount: 2';

/**
 * Arms, in the page, a wait for the frame whose picture shows `expected` in the box: `window.__pictureWait`
 * resolves with `{ ms }` from the latest keydown to that frame, or, when `deadlineMs` passes first, with what
 * the verdict line said (Helm's own time limit under load, a refusal, still rendering): one slow update is then
 * a missed sample, not a stage that hangs.
 */
function armPictureWait(page, expected, deadlineMs) {
  return page.evaluate(
    ({ selector, expected, deadlineMs, verdict }) => {
      // The canvas is there once the picture has been drawn; the page's body otherwise (it is only read).
      const watched = document.querySelector('.picture__canvas') ?? document.body;
      window.__pictureWait = new Promise((resolve) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve({ missed: document.querySelector(verdict)?.textContent ?? 'no verdict line' });
        }, deadlineMs);
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)?.textContent.includes(expected)) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ ms: performance.now() - window.__benchKeys.lastKeyAt });
            channel.port2.postMessage(0);
          });
        });
        observer.observe(watched, { childList: true, characterData: true, subtree: true });
      });
    },
    { selector: BOX, expected, deadlineMs, verdict: VERDICT },
  );
}

async function oneLoad(browser, url, { viewport, timeoutMs, edits, keyIntervalMs, openPicture }) {
  const context = await newTimedContext(browser, { viewport });
  try {
    const page = await openOnHostedChart(context, url, timeoutMs);
    await pasteValues(page, VALUES);
    const editor = page.getByRole('textbox', { name: 'Values (YAML)' });
    let openedMs;
    if (openPicture) {
      const clickedAt = await page.evaluate(() => performance.now());
      await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Picture' }).click();
      await page.locator(BOX).filter({ hasText: '2 replicas' }).waitFor({ timeout: timeoutMs });
      openedMs = (await page.evaluate(() => performance.now())) - clickedAt;
      await editor.focus();
    } else {
      await waitForVerdict(page, ACCEPTED, timeoutMs);
    }
    // The caret after the count, at the end of the text.
    await page.keyboard.press('Control+End');
    await page.evaluate(() => (window.__benchKeys.keys = []));
    const updatesMs = [];
    const missed = [];
    for (let edit = 0; edit < edits; edit += 1) {
      const count = String(3 + (edit % 7));
      if (openPicture) await armPictureWait(page, `${count} replicas`, timeoutMs);
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(keyIntervalMs);
      await page.keyboard.type(count);
      if (openPicture) {
        const outcome = await page.evaluate(() => window.__pictureWait);
        // A missed update is not retried: the next edit is a change, which Helm renders anew.
        if (outcome.missed === undefined) updatesMs.push(outcome.ms);
        else missed.push(outcome.missed);
      } else await page.waitForTimeout(1000);
    }
    return { openedMs, updatesMs, missed, keystrokesMs: await page.evaluate(() => window.__benchKeys.keys) };
  } finally {
    await context.close();
  }
}

/** `os.loadavg()` rounded, for the figures' context: the machine is shared and its load moves them. */
function loadAverage() {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}

/**
 * The picture's figures: opening it, last keystroke → updated picture, and typing with it open and closed. A
 * load that fails (the first verdict never came) is recorded and the next one runs; the stage fails only when
 * no edit updated the picture at all. The load average at the start and end goes with the figures.
 */
export async function runPictureBench(browser, { dist, archive, rounds, log, ...options }) {
  const hosted = await serveWithHostedChart(dist, archive);
  const loadAtStart = loadAverage();
  try {
    const open = [];
    const closed = [];
    const failedLoads = [];
    const attempt = async (into, openPicture) => {
      try {
        into.push(await oneLoad(browser, hosted.url, { ...options, edits: 6, openPicture }));
      } catch (error) {
        failedLoads.push(String(error.message ?? error).split('\n')[0]);
        log(`picture: a load with the picture ${openPicture ? 'open' : 'closed'} failed: ${failedLoads.at(-1)}`);
      }
    };
    for (let round = 0; round < rounds; round += 1) {
      await attempt(open, true);
      await attempt(closed, false);
    }
    const updates = open.flatMap((load) => load.updatesMs);
    const missed = open.flatMap((load) => load.missed);
    if (updates.length === 0) throw new Error(`no edit updated the picture (${[...failedLoads, ...missed].join('; ') || 'no load ran'})`);
    const withPicture = open.flatMap((load) => load.keystrokesMs);
    const withoutPicture = closed.flatMap((load) => load.keystrokesMs);
    const summary = {
      loads: open.length,
      failedLoads,
      loadAverage: { start: loadAtStart, end: loadAverage() },
      openedMs: { median: median(open.map((load) => load.openedMs)) },
      updateMs: { samples: updates.length, p50: quantile(updates, 0.5), p95: quantile(updates, 0.95), max: Math.max(...updates) },
      missedUpdates: { count: missed.length, deadlineMs: options.timeoutMs, verdicts: [...new Set(missed)] },
      keystrokeMs: {
        withPicture: { samples: withPicture.length, p50: quantile(withPicture, 0.5), p95: quantile(withPicture, 0.95) },
        withoutPicture: { samples: withoutPicture.length, p50: quantile(withoutPicture, 0.5), p95: quantile(withoutPicture, 0.95) },
      },
    };
    log(
      `picture: opened in ${Math.round(summary.openedMs.median)} ms; last keystroke → updated picture p50 ${Math.round(summary.updateMs.p50)} p95 ${Math.round(summary.updateMs.p95)} ms (${updates.length} edits, ${missed.length} missed); typing p95 ${summary.keystrokeMs.withPicture.p95.toFixed(1)} ms with it open, ${summary.keystrokeMs.withoutPicture.p95.toFixed(1)} ms closed; load average ${loadAtStart[0]} → ${summary.loadAverage.end[0]}`,
    );
    return summary;
  } catch (error) {
    log(`picture: ${String(error.message ?? error).split('\n')[0]}`);
    return { error: String(error.message ?? error), loadAverage: { start: loadAtStart, end: loadAverage() } };
  } finally {
    await hosted.close();
  }
}
