import { installProbe } from './probe.mjs';

/**
 * One cold load of one page: a new browser context (empty cache, no storage), then
 *  - page start → target field painted;
 *  - DOM size and JS heap once the network has gone quiet;
 *  - keystroke → next paint for each character typed into the field.
 * Throws with a clear message when the field never appears.
 */
export async function measurePage(browser, target, options) {
  const { text, timeoutMs, keyIntervalMs, viewport, profile } = options;
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const outside = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) && !['data:', 'blob:', 'about:'].includes(url.protocol)) {
      outside.push(request.url());
    }
  });
  const requested = new Set();
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith('.js')) requested.add(url.pathname.replace(/^\//, ''));
  });
  const consoleErrors = [];
  try {
    await context.addInitScript(installProbe, target.selector);
    // Storage the page finds at start-up (say, the studio's saved work), written before any of its scripts run.
    if (target.initScript) {
      await context.addInitScript(({ key, record }) => {
        if (window.location.protocol.startsWith('http')) window.localStorage.setItem(key, record);
      }, target.initScript);
    }
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text().slice(0, 300));
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${String(error.message).slice(0, 300)}`));
    const cdp = await context.newCDPSession(page);

    if (profile) await profile.begin('load', cdp, page);
    await page.goto(target.url, { waitUntil: 'commit', timeout: timeoutMs });
    try {
      await page.waitForFunction(() => window.__bench?.painted !== undefined, null, { timeout: timeoutMs, polling: 50 });
    } catch {
      const present = await page.locator(target.selector).count().catch(() => 0);
      throw new Error(
        `${target.name}: ${target.selector} was not painted within ${timeoutMs} ms (${present ? 'present but without a layout box' : 'not in the DOM'})` +
          (consoleErrors.length ? `; page errors: ${consoleErrors.slice(0, 3).join(' | ')}` : ''),
      );
    }
    const paintedMs = await page.evaluate(() => window.__bench.painted);
    if (profile) await profile.end('load', cdp);

    // "After load": the page has made its lazy requests (a lazily loaded editor included) and gone idle.
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.send('Performance.enable');
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await cdp.send('Performance.disable');
    const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);

    const field = page.locator(target.selector);
    await field.scrollIntoViewIfNeeded({ timeout: timeoutMs });
    await field.focus({ timeout: timeoutMs });
    if (target.afterFocus) await target.afterFocus(page);
    // The caret at the end of the field's text, unless the target placed it itself (the YAML editor).
    if (!target.keepCaret) await page.evaluate(() => {
      const active = document.activeElement;
      if (active && 'value' in active && typeof active.setSelectionRange === 'function') {
        active.setSelectionRange(active.value.length, active.value.length);
      }
    });
    // Let the focus and scroll settle so the first keystroke is measured on its own.
    await page.waitForTimeout(300);

    if (profile) await profile.begin('typing', cdp, page);
    const keys = [];
    let sentAt = 0;
    for (let i = 0; i < text.length; i += 1) {
      // A steady typing rhythm (keyIntervalMs apart), never overlapping: the next key waits for the last paint.
      const wait = sentAt + keyIntervalMs - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
      sentAt = Date.now();
      await page.keyboard.type(text[i]);
      const record = await page.evaluate((n) => window.__bench.keyPainted(n), i + 1);
      keys.push(record.paint - record.start);
    }
    if (profile) await profile.end('typing', cdp);
    const typed = target.typedText ? await target.typedText(page) : await field.inputValue();
    if (!typed.endsWith(text)) throw new Error(`${target.name}: typed "${text}" but the field holds "${typed.slice(-80)}"`);
    await page.waitForTimeout(200);
    const events = await page.evaluate(() => window.__bench.events);

    return {
      paintedMs,
      domElements,
      domNodes: metrics.Nodes,
      jsHeapUsedBytes: heap.usedSize,
      keystrokesMs: keys,
      eventTiming: summariseEventTiming(events, text.length),
      consoleErrors,
      outsideRequests: outside,
      scripts: [...requested],
    };
  } finally {
    if (profile) await profile.abort();
    await context.close();
  }
}

/** Per interaction, the longest keydown/keypress/input entry: the browser's keystroke → next paint. */
function summariseEventTiming(events, keystrokes) {
  const byInteraction = new Map();
  for (const event of events) {
    if (!event.interactionId) continue;
    byInteraction.set(event.interactionId, Math.max(byInteraction.get(event.interactionId) ?? 0, event.duration));
  }
  return { reported: byInteraction.size, keystrokes, durationsMs: [...byInteraction.values()] };
}
