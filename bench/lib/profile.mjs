import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSourceMap } from './sourceMaps.mjs';

/*
 * Where the time goes, per phase (the load, the typing): a V8 CPU profile (JavaScript, attributed to source
 * files through the build's source maps) and a Chromium trace of the renderer's main thread (self time per
 * event: script, style, layout, paint, GC). Both files are kept in bench/results/tmp/ for DevTools.
 */
export function createProfiler({ browser, dist, baseUrl, name, outDir }) {
  const summaries = {};
  let tracing = false;
  return {
    summaries,
    async begin(phase, cdp, page) {
      // The profiler first, so its own start-up stays out of the trace.
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      tracing = true;
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.compile', 'blink', 'loading'],
      });
    },
    async end(phase, cdp) {
      const trace = await browser.stopTracing();
      tracing = false;
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.send('Profiler.disable');
      await mkdir(outDir, { recursive: true });
      const base = join(outDir, `${name}-${phase}`);
      await writeFile(`${base}.cpuprofile`, JSON.stringify(profile));
      await writeFile(`${base}.trace.json`, trace);
      summaries[phase] = {
        files: [`${base}.cpuprofile`, `${base}.trace.json`],
        js: summariseProfile(profile, dist, baseUrl),
        mainThread: summariseTrace(JSON.parse(trace.toString('utf8'))),
      };
    },
    /** After a failed load: leaves the browser free for the next trace. */
    async abort() {
      if (tracing) await browser.stopTracing().catch(() => {});
      tracing = false;
    },
  };
}

function shortSource(source) {
  return source
    .replace(/^.*node_modules\//, '')
    .replace(/^(\.\.\/)+/, '')
    .replace(/^\/?work\/main\//, '');
}

function summariseProfile(profile, dist, baseUrl) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i += 1) {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  const maps = new Map();
  const mapFor = (url) => {
    if (!url.startsWith(baseUrl)) return undefined;
    if (!maps.has(url)) maps.set(url, loadSourceMap(join(dist, new URL(url).pathname)));
    return maps.get(url);
  };
  const byFile = new Map();
  const byFunction = new Map();
  let busy = 0;
  for (const [id, ms] of self) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    busy += ms;
    let file;
    let fn = frame.functionName || '(anonymous)';
    if (frame.url === '') {
      // (program) is the browser's own work outside JavaScript: input, style, layout, paint.
      file = frame.functionName || '(native)';
    } else {
      const mapped = mapFor(frame.url)?.lookup(frame.lineNumber, frame.columnNumber);
      file = mapped ? shortSource(mapped.source) : frame.url.replace(baseUrl, '');
      if (mapped?.name) fn = mapped.name;
    }
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const key = `${fn} (${file})`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  return { busyMs: round(busy), byFile: top(byFile, 15, busy), byFunction: top(byFunction, 20, busy) };
}

/**
 * Self time per trace event name on the page's renderer main thread (nested events subtract from their
 * parent). A navigation may move the page to a new renderer, so of the CrRendererMain threads the busiest
 * one is taken.
 */
function summariseTrace(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents ?? [];
  const mainThreads = new Set();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain') mainThreads.add(`${event.pid}:${event.tid}`);
  }
  const perThread = new Map();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || typeof event.dur !== 'number' || !mainThreads.has(key)) continue;
    if (!perThread.has(key)) perThread.set(key, []);
    perThread.get(key).push(event);
  }
  let best = { busy: 0, selfByName: new Map() };
  for (const list of perThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const frames = [];
    const stack = [];
    let busy = 0;
    for (const event of list) {
      while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
      const parent = stack.at(-1);
      const end = parent ? Math.min(event.ts + event.dur, parent.end) : event.ts + event.dur;
      if (parent) parent.self -= end - event.ts;
      else busy += event.dur;
      const frame = { name: event.name, end, self: end - event.ts };
      stack.push(frame);
      frames.push(frame);
    }
    if (busy > best.busy) {
      const selfByName = new Map();
      for (const frame of frames) selfByName.set(frame.name, (selfByName.get(frame.name) ?? 0) + frame.self / 1000);
      best = { busy, selfByName };
    }
  }
  return { busyMs: round(best.busy / 1000), byEvent: top(best.selfByName, 12, best.busy / 1000) };
}

function top(map, n, total) {
  return [...map.entries()]
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([what, ms]) => ({ what, ms: round(ms), share: total > 0 ? Math.round((ms / total) * 1000) / 10 : 0 }));
}

function round(v) {
  return Math.round(v * 10) / 10;
}
