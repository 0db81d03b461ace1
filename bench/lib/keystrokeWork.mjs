/*
 * What each keystroke costs on the page's main thread, from a Chromium trace of one more load: for every
 * keystroke, from its keydown to the end of the first frame committed after it, the self time of
 *  - compile: V8 parsing and compiling a function on first call (lazy compile) or tiering it up;
 *  - script: the page's JavaScript (event handlers, React, validation);
 *  - rendering: style, layout, pre-paint, paint and the commit to the compositor;
 *  - gc: garbage collection.
 * The trace slows the page down, so these loads are never part of the measured timings; they answer the
 * question behind "the first keystroke no slower than the rest": is the first one paying for compiling code?
 *
 * It plugs into measurePage's `profile` hooks and traces only the typing phase.
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.compile', 'blink'];

export function createKeystrokeTracer({ browser }) {
  let tracing = false;
  const tracer = {
    /** Per keystroke, in typing order: { totalMs, compileMs, scriptMs, renderingMs, gcMs }. */
    keystrokes: undefined,
    async begin(phase, cdp, page) {
      if (phase !== 'typing') return;
      await browser.startTracing(page, { categories: CATEGORIES });
      tracing = true;
    },
    async end(phase) {
      if (phase !== 'typing' || !tracing) return;
      const trace = await browser.stopTracing();
      tracing = false;
      tracer.keystrokes = splitByKeystroke(JSON.parse(trace.toString('utf8')));
    },
    async abort() {
      if (tracing) await browser.stopTracing().catch(() => {});
      tracing = false;
    },
  };
  return tracer;
}

function kindOf(name) {
  if (/^V8\.(Compile|Parse|Finalize|Maglev|Baseline|Turbofan|OptimizeConcurrent)/.test(name) || name === 'V8.ScriptCompiler') return 'compile';
  if (/GC|Scavenge|MarkCompact|MinorMS/.test(name)) return 'gc';
  if (/^(UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|Commit|PaintArtifactCompositor::Update|LocalFrameView::performLayout|Document::recalcStyle)$/.test(name) || name.startsWith('Blink.')) return 'rendering';
  if (/^(FunctionCall|v8\.callFunction|v8\.run|EvaluateScript|FireAnimationFrame|TimerFire|EventDispatch|HandlePostMessage)$/.test(name)) return 'script';
  return 'other';
}

function splitByKeystroke(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents ?? [];
  const keydowns = events.filter((e) => e.ph === 'X' && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
  if (keydowns.length === 0) return [];
  const { pid, tid } = keydowns[0];
  const thread = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return keydowns.map((keydown) => {
    const commit = thread.find((e) => e.name === 'Commit' && e.ts > keydown.ts);
    const end = commit ? commit.ts + commit.dur : keydown.ts + keydown.dur;
    return { totalMs: round((end - keydown.ts) / 1000), ...selfTimeByKind(thread, keydown.ts, end) };
  });
}

/** Self time (nested events subtract from their parent) of the events that start in [from, to]. */
function selfTimeByKind(thread, from, to) {
  const sums = { compileMs: 0, scriptMs: 0, renderingMs: 0, gcMs: 0 };
  const stack = [];
  const frames = [];
  for (const event of thread) {
    if (event.ts < from || event.ts > to) continue;
    while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const end = Math.min(event.ts + event.dur, parent ? parent.end : Infinity);
    const frame = { kind: kindOf(event.name), end, self: end - event.ts };
    if (parent) parent.self -= frame.self;
    stack.push(frame);
    frames.push(frame);
  }
  for (const frame of frames) {
    const key = `${frame.kind}Ms`;
    if (key in sums) sums[key] += frame.self / 1000;
  }
  return Object.fromEntries(Object.entries(sums).map(([key, ms]) => [key, round(ms)]));
}

function round(v) {
  return Math.round(v * 10) / 10;
}
