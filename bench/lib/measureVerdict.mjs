import { loadavg } from 'node:os';
import { ACCEPTED, REFUSED, VERDICT, newTimedContext, openOnHostedChart, pasteValues, serveWithHostedChart, waitForVerdict } from './hostedChart.mjs';
import { serveFolder } from './server.mjs';
import { median, quantile } from './stats.mjs';

/**
 * Helm's verdict in the page: the studio opened on a chart whose archive the host offers (charts/ beside the
 * page), then edits in the YAML editor that flip Helm's verdict, each timed from its keydown to the frame
 * that shows the new verdict. The last key of a typed word is the one timed (the verdict changes only there).
 * The same editing on a page without the archive gives the keystroke → paint figures without the engine, so
 * the two can be compared: the engine runs in a worker and must not slow typing.
 */

/** Helm refuses any other mode than these while the MCP server is on: one character flips its verdict. */
const START = 'mcp:\n  enabled: true\n  httpAuthMode: ';
const WORD = 'passthrough';

/** Resolves, in the page, with the time from the latest keydown to the frame showing a verdict starting with `expected`. */
function armVerdictWait(page, expected) {
  return page.evaluate(
    ({ selector, expected }) => {
      const line = document.querySelector(selector);
      window.__verdictWait = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!line.textContent.startsWith(expected)) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - window.__benchKeys.lastKeyAt);
            channel.port2.postMessage(0);
          });
        });
        observer.observe(line, { childList: true, characterData: true, subtree: true });
      });
    },
    { selector: VERDICT, expected },
  );
}

/**
 * One cold load: the time from navigation to Helm's first verdict on screen, then `cycles` of typing the mode
 * (refused until its last letter) and deleting that letter (refused again), each verdict timed from its key.
 */
async function oneLoad(browser, url, { viewport, timeoutMs, cycles, keyIntervalMs, withEngine }) {
  const context = await newTimedContext(browser, { viewport });
  const outside = [];
  context.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) outside.push(request.url());
  });
  try {
    let page;
    let firstVerdictMs;
    if (withEngine) {
      page = await openOnHostedChart(context, url, timeoutMs);
      firstVerdictMs = await page.evaluate(() => performance.now());
    } else {
      page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
      await page.getByRole('textbox', { name: 'Values (YAML)' }).waitFor({ state: 'attached', timeout: timeoutMs });
    }
    const verdictsMs = [];
    await pasteValues(page, `${START}\n`);
    if (withEngine) await waitForVerdict(page, REFUSED, timeoutMs);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.evaluate(() => (window.__benchKeys.keys = []));
    for (let cycle = 0; cycle < cycles; cycle += 1) {
      if (withEngine) await armVerdictWait(page, ACCEPTED);
      for (const character of WORD) {
        await page.keyboard.type(character);
        await page.waitForTimeout(keyIntervalMs);
      }
      if (withEngine) verdictsMs.push(await page.evaluate(() => window.__verdictWait));
      if (withEngine) await armVerdictWait(page, REFUSED);
      await page.keyboard.press('Backspace');
      if (withEngine) verdictsMs.push(await page.evaluate(() => window.__verdictWait));
      else await page.waitForTimeout(keyIntervalMs);
      // Back to the start of the word for the next cycle.
      for (let i = 1; i < WORD.length; i += 1) await page.keyboard.press('Backspace');
      if (withEngine) await waitForVerdict(page, REFUSED, timeoutMs);
    }
    const keystrokesMs = await page.evaluate(() => window.__benchKeys.keys);
    return { firstVerdictMs, verdictsMs, keystrokesMs, outside };
  } finally {
    await context.close();
  }
}

/**
 * `rounds` of cold loads: with the engine, then without. Given a baseline build, each round loads it too, in
 * the same way, the two builds' order swapped every round, so a machine that slows down slows both.
 */
async function measureVerdict(browser, { builds, rounds, ...options }) {
  const loads = Object.fromEntries(builds.map(({ name }) => [name, { engine: [], noEngine: [] }]));
  for (let round = 0; round < rounds; round += 1) {
    const ordered = round % 2 === 0 ? builds : [...builds].reverse();
    for (const { name, withArchiveUrl } of ordered) loads[name].engine.push(await oneLoad(browser, withArchiveUrl, { ...options, withEngine: true }));
    for (const { name, withoutArchiveUrl } of ordered) loads[name].noEngine.push(await oneLoad(browser, withoutArchiveUrl, { ...options, withEngine: false }));
  }
  return loads;
}

/** Helm's verdict in the page: on screen within 500 ms of the last keystroke (p95), typing no slower with the engine on. */
export function verdictTargets(verdict) {
  if (!verdict || verdict.error) return [];
  const met = (value, limit) => Number.isFinite(value) && value <= limit;
  const typingLimit = verdict.keystrokeMs.withoutEngine.p95 * 1.25;
  return [
    { id: 'helm-verdict-p95', label: "Helm's verdict on screen within 500 ms of the last keystroke (p95)", value: verdict.verdictMs.p95, limit: 500, unit: 'ms', met: met(verdict.verdictMs.p95, 500) },
    {
      id: 'typing-with-engine',
      label: "editor keystroke → paint p95 with Helm's engine rendering, against without (within 25%)",
      value: verdict.keystrokeMs.withEngine.p95,
      limit: typingLimit,
      unit: 'ms',
      met: met(verdict.keystrokeMs.withEngine.p95, typingLimit),
    },
  ];
}

function summariseVerdict(loads) {
  const verdicts = loads.engine.flatMap((load) => load.verdictsMs);
  const withEngine = loads.engine.flatMap((load) => load.keystrokesMs);
  const withoutEngine = loads.noEngine.flatMap((load) => load.keystrokesMs);
  return {
    loads: loads.engine.length,
    firstVerdictMs: { median: median(loads.engine.map((load) => load.firstVerdictMs)) },
    verdictMs: { samples: verdicts.length, p50: quantile(verdicts, 0.5), p95: quantile(verdicts, 0.95), max: Math.max(...verdicts) },
    keystrokeMs: {
      withEngine: { samples: withEngine.length, p50: quantile(withEngine, 0.5), p95: quantile(withEngine, 0.95) },
      withoutEngine: { samples: withoutEngine.length, p50: quantile(withoutEngine, 0.5), p95: quantile(withoutEngine, 0.95) },
    },
    outsideRequests: [...loads.engine, ...loads.noEngine].flatMap((load) => load.outside),
  };
}

/** `os.loadavg()` rounded, for the figures' context: the machine is shared and its load moves them. */
function loadAverage() {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}

function describe(summary) {
  return `first after ${Math.round(summary.firstVerdictMs.median)} ms; last keystroke → verdict p50 ${Math.round(summary.verdictMs.p50)} p95 ${Math.round(summary.verdictMs.p95)} ms; typing p95 ${summary.keystrokeMs.withEngine.p95.toFixed(1)} ms with the engine, ${summary.keystrokeMs.withoutEngine.p95.toFixed(1)} ms without`;
}

/**
 * Helm's verdict in the page (measureVerdict above): the studio served with the host's charts/ folder, so
 * chart 1.90.0 is rendered by the engine, against the same page without it. With `baselineDist` (a build of
 * BENCH_BASELINE_REF), that build is measured in the same rounds, and its figures come back as `baseline`.
 */
export async function runVerdictBench(browser, { dist, baselineDist, archive, rounds, log, ...options }) {
  const servers = [];
  const loadAtStart = loadAverage();
  try {
    const builds = [];
    for (const [name, folder] of [['studio', dist], ['baseline', baselineDist]]) {
      if (!folder) continue;
      const withArchive = await serveWithHostedChart(folder, archive);
      servers.push(withArchive);
      const withoutArchive = await serveFolder(folder);
      servers.push(withoutArchive);
      builds.push({ name, withArchiveUrl: withArchive.url, withoutArchiveUrl: `${withoutArchive.url}?chart=1.90.0` });
    }
    const loads = await measureVerdict(browser, {
      builds,
      rounds,
      cycles: 5,
      viewport: options.viewport,
      timeoutMs: options.timeoutMs,
      keyIntervalMs: options.keyIntervalMs,
    });
    const loadAtEnd = loadAverage();
    const summary = { ...summariseVerdict(loads.studio), loadAverage: { start: loadAtStart, end: loadAtEnd } };
    const baseline = loads.baseline ? summariseVerdict(loads.baseline) : undefined;
    log(`Helm's verdict: ${describe(summary)}; load average ${loadAtStart[0]} → ${loadAtEnd[0]}`);
    if (baseline) log(`Helm's verdict (baseline, same rounds): ${describe(baseline)}`);
    return { ...summary, ...(baseline ? { baseline } : {}), loadsDetail: loads };
  } catch (error) {
    log(`Helm's verdict in the page: ${String(error.message ?? error).split('\n')[0]}`);
    return { error: String(error.message ?? error), loadAverage: { start: loadAtStart, end: loadAverage() } };
  } finally {
    for (const server of servers) await server.close();
  }
}
