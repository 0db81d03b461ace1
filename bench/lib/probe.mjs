/*
 * Runs in the page before any of its own scripts (addInitScript), identically on the studio and on the
 * rjsf baseline, so neither page needs a hook of its own. Everything lands on window.__bench.
 *
 * "Painted" is the end of the first frame that shows the target field: the element exists and, in a
 * requestAnimationFrame callback (the frame about to render), has a layout box; one MessageChannel task
 * later that frame's style, layout and paint are done.
 */
export function installProbe(selector) {
  const bench = {
    painted: undefined,
    keys: [],
    events: [],
    waiters: [],
    /** Resolves with the record of the n-th keydown (1-based) once the frame after it has painted. */
    keyPainted(n) {
      const record = bench.keys[n - 1];
      if (record && record.paint !== undefined) return Promise.resolve(record);
      return new Promise((resolve) => bench.waiters.push({ n, resolve }));
    },
  };
  window.__bench = bench;

  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(0);
    });

  // The observer only asks "is the element there yet" (cheap); whether it has a box is asked in a frame
  // callback, where the layout it needs is due anyway, so the probe adds no forced layout of its own.
  let candidate;
  const checkInFrame = () =>
    requestAnimationFrame(() => {
      if (candidate.isConnected && candidate.getClientRects().length > 0) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          bench.painted = performance.now();
        };
        channel.port2.postMessage(0);
        return;
      }
      if (!candidate.isConnected) {
        candidate = undefined;
        observer.observe(document, { childList: true, subtree: true });
        look();
        return;
      }
      checkInFrame();
    });
  const look = () => {
    if (candidate) return;
    candidate = document.querySelector(selector) ?? undefined;
    if (!candidate) return;
    observer.disconnect();
    checkInFrame();
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true });

  // Capture phase on window: runs before any handler of the page, so the page's own work is all after it.
  window.addEventListener(
    'keydown',
    (event) => {
      const now = performance.now();
      // event.timeStamp is when the browser took the input, so time spent queued behind earlier work counts.
      const start = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
      const record = { key: event.key, start, handler: now, paint: undefined };
      bench.keys.push(record);
      afterNextPaint((at) => {
        record.paint = at;
        const n = bench.keys.indexOf(record) + 1;
        bench.waiters = bench.waiters.filter((waiter) => (waiter.n === n ? (waiter.resolve(record), false) : true));
      });
    },
    true,
  );

  // Event Timing, as a cross-check: the browser's own keystroke → next paint (rounded to 8 ms; 16 ms floor).
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!['keydown', 'keypress', 'input', 'beforeinput', 'keyup'].includes(entry.name)) continue;
        bench.events.push({
          name: entry.name,
          startTime: entry.startTime,
          duration: entry.duration,
          processing: entry.processingEnd - entry.processingStart,
          interactionId: entry.interactionId,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // No Event Timing in this browser: the rAF measure stands alone.
  }
}
