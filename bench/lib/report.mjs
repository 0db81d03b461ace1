import { readFile, writeFile } from 'node:fs/promises';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const ms = (v) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : 'n/a');
const kb = (v) => (Number.isFinite(v) ? `${(v / 1000).toFixed(1)} KB` : 'n/a');
const mb = (v) => (Number.isFinite(v) ? `${(v / 1e6).toFixed(1)} MB` : 'n/a');
const int = (v) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en') : 'n/a');
const x = (v) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');

function targetValue(target) {
  switch (target.unit) {
    case 'ratio':
      return `${x(target.value)} (limit ${x(target.limit)})`;
    case 'ms':
      return `${ms(target.value)} (limit ${ms(target.limit)})`;
    case 'bytes':
      return `${kb(target.value)} gz (limit ${kb(target.limit)})`;
    case 'chars':
      return `${int(target.value)} characters (limit ${int(target.limit)})`;
    case 'flag':
      return target.value ? 'Monaco is in the initial JS' : 'lazy';
    default:
      return String(target.value);
  }
}

/** The results as markdown: latest.md, and the README's bench section. */
export function renderMarkdown(result, { compact = false } = {}) {
  const s = result.studio.summary;
  const r = result.rjsf.summary;
  const q = result.ratios;
  const { config, environment } = result;
  const lines = [];
  lines.push(`Run of ${result.generatedAt.slice(0, 16).replace('T', ' ')} UTC (commit ${environment.commit ?? '?'} plus uncommitted work), ${config.rounds} cold loads per page, alternating; Chromium ${environment.chromium}, Node ${environment.node}, ${environment.cpus}.`);
  lines.push('Only the ratios mean something across machines: the absolute numbers are this machine on this run.');
  lines.push('');
  lines.push('| Measure | Studio | rjsf | studio/rjsf |');
  lines.push('|---|---:|---:|---:|');
  lines.push(`| Chart schema the page loaded | ${s.chartVersions.join(', ') || '?'} | ${r.chartVersions.join(', ') || '?'} | |`);
  lines.push(`| Page start → form painted (median of ${config.rounds} cold loads) | ${ms(s.paintedMs.median)} | ${ms(r.paintedMs.median)} | ${x(q.paintedMedian)} |`);
  lines.push(`| Keystroke → next paint, p50 (${s.keystrokeMs.samples} / ${r.keystrokeMs.samples} keystrokes) | ${ms(s.keystrokeMs.p50)} | ${ms(r.keystrokeMs.p50)} | ${x(q.keystrokeP50)} |`);
  lines.push(`| Keystroke → next paint, p95 | ${ms(s.keystrokeMs.p95)} | ${ms(r.keystrokeMs.p95)} | ${x(q.keystrokeP95)} |`);
  lines.push(`| First keystroke after load (median over loads) | ${ms(s.keystrokeMs.first)} | ${ms(r.keystrokeMs.first)} | ${x(q.keystrokeFirst)} |`);
  lines.push(`| Keystrokes the browser's Event Timing saw at ≥ 16 ms | ${s.eventTiming.over16ms} of ${s.eventTiming.of} | ${r.eventTiming.over16ms} of ${r.eventTiming.of} | |`);
  lines.push(`| DOM elements after load | ${int(s.domElements)} | ${int(r.domElements)} | ${x(q.domElements)} |`);
  lines.push(`| JS heap used after load (after GC) | ${mb(s.jsHeapUsedBytes)} | ${mb(r.jsHeapUsedBytes)} | ${x(q.jsHeap)} |`);
  lines.push(`| Entry JS, gzip | ${kb(s.bundle.entryGzipBytes)} | ${kb(r.bundle.entryGzipBytes)} | ${x(q.entryJsGzip)} |`);
  lines.push(`| Total JS, gzip | ${kb(s.bundle.totalGzipBytes)} | ${kb(r.bundle.totalGzipBytes)} | ${x(q.totalJsGzip)} |`);
  if (s.failedLoads || r.failedLoads) lines.push(`| Failed loads | ${s.failedLoads} | ${r.failedLoads} | |`);
  lines.push('');

  lines.push('**Targets**');
  lines.push('');
  lines.push('| Target | This run | |');
  lines.push('|---|---|---|');
  for (const target of result.targets) lines.push(`| ${target.label} | ${targetValue(target)} | ${target.met ? 'met' : '**missed**'} |`);
  lines.push('');

  const work = result.keystrokeWork;
  if (work?.studio || work?.rjsf) {
    lines.push('**What a keystroke costs** (one more load of each page with the typing traced; main-thread self time from keydown to the frame after it; tracing slows the page, so compare the first keystroke of a page with its others, not with the timings above)');
    lines.push('');
    lines.push('| Page, keystroke | Total | Compiling | Script | Rendering | GC |');
    lines.push('|---|---:|---:|---:|---:|---:|');
    for (const name of ['studio', 'rjsf']) {
      const w = work[name];
      if (!w) continue;
      const row = (label, k) => lines.push(`| ${label} | ${ms(k.totalMs)} | ${ms(k.compileMs)} | ${ms(k.scriptMs)} | ${ms(k.renderingMs)} | ${ms(k.gcMs)} |`);
      row(`${name}, first`, w.first);
      row(`${name}, median of the other ${w.keystrokes - 1}`, w.restMedian);
    }
    lines.push('');
  }

  if (!compact) {
    lines.push('**Studio JS chunks** (gzip; the entry is what index.html loads, lazy chunks load on demand)');
    lines.push('');
    lines.push('| Chunk | Loaded | gzip | raw |');
    lines.push('|---|---|---:|---:|');
    for (const chunk of result.studio.build.chunks) lines.push(`| \`${chunk.file}\`${chunk.monaco ? ' (Monaco)' : ''} | ${chunk.role} | ${kb(chunk.gzipBytes)} | ${kb(chunk.bytes)} |`);
    lines.push('');
  }

  const node = result.node;
  if (node && !node.error) {
    lines.push(`**Core in Node** (${node.node}; the chart's values.yaml rebuilt from the schema defaults and printed: ${int(node.valuesYaml.bytes)} bytes, ${int(node.valuesYaml.lines)} lines)`);
    lines.push('');
    lines.push('| Step | First call | Median | p95 |');
    lines.push('|---|---:|---:|---:|');
    const names = {
      compileValidator: "Compile the chart's validators (createChart)",
      validateDefaults: 'Validate the defaults (chart.check)',
      checkValuesText: 'Parse + validate + place problems (checkValuesText)',
      parseValues: 'Parse values.yaml (parseValues)',
      cloneSetToString: 'Edit one value and print (clone, set, ValuesDocument.toString)',
      printValues: 'Print the defaults (printValues)',
    };
    for (const [key, label] of Object.entries(names)) {
      const t = node.timings[key];
      if (t) lines.push(`| ${label} | ${ms(t.firstMs)} | ${ms(t.medianMs)} | ${ms(t.p95Ms)} |`);
    }
    lines.push('');
    lines.push(`**Share links** (secrets left out, base \`${node.shareLinks.baseUrl}\`)`);
    lines.push('');
    lines.push('| Preset | Link length | Payload |');
    lines.push('|---|---:|---:|');
    for (const preset of node.shareLinks.presets) {
      lines.push(preset.error ? `| ${preset.title} | error: ${preset.error} | |` : `| ${preset.title} | ${int(preset.linkLength)} | ${int(preset.payloadLength)} |`);
    }
    lines.push('');
  } else if (node?.error) {
    lines.push(`Core timings in Node failed: ${node.error.split('\n')[0]}`);
    lines.push('');
  }

  const hostile = result.hostile;
  if (hostile && !hostile.error) {
    lines.push(`**Hostile input** (${hostile.node}; slowest of ${hostile.runs} runs each; a limit is an order of magnitude above a quiet machine's time, so only a blow-up misses it)`);
    lines.push('');
    lines.push('| Input | Slowest | Limit | Answer |');
    lines.push('|---|---:|---:|---|');
    for (const c of hostile.cases) lines.push(`| ${c.label} | ${ms(c.slowestMs)} | ${ms(c.limitMs)} | ${c.answered ? 'as expected' : '**unexpected**'} |`);
    lines.push('');
  } else if (hostile?.error) {
    lines.push(`Hostile input timings failed: ${hostile.error.split('\n')[0]}`);
    lines.push('');
  }

  const engine = result.engine;
  if (engine && !engine.error) {
    const e = engine.render.engine;
    const h = engine.render.helmTemplate;
    lines.push(`**Helm's engine** (WebAssembly, ${mb(engine.moduleGzipBytes)} compressed, in Node ${engine.node}; the Catalyst 1.90.0 archive, the same values for both)`);
    lines.push('');
    lines.push(`| Measure | Engine | helm template | engine/helm |`);
    lines.push('|---|---:|---:|---:|');
    lines.push(`| Load: decompress, compile, start, warm-up render | ${ms(engine.loadMs)} | | |`);
    lines.push(`| One render, median of ${e.samples} (engine in process; helm as a process) | ${ms(e.medianMs)} | ${ms(h.medianMs)} | ${x(e.medianMs / h.medianMs)} |`);
    lines.push(`| One render, p95 | ${ms(e.p95Ms)} | ${ms(h.p95Ms)} | ${x(e.p95Ms / h.p95Ms)} |`);
    lines.push(`| CLI: ${int(engine.cli.files)} values files, files/s (one \`validate --chart\` process; one helm per file) | ${engine.cli.engineFilesPerSecond.toFixed(2)} | ${engine.cli.helmFilesPerSecond.toFixed(2)} | ${x(engine.cli.ratio)} |`);
    lines.push('');
  } else if (engine?.error) {
    lines.push(`Helm's engine timings failed: ${engine.error.split('\n')[0]}`);
    lines.push('');
  }

  const verdict = result.verdict;
  if (verdict && !verdict.error) {
    lines.push(`**Helm's verdict in the page** (chart 1.90.0 with its archive in the host's \`charts/\`; ${verdict.loads} cold loads, each typing a value in the editor that flips Helm's verdict, ${int(verdict.verdictMs.samples)} verdicts timed from the last keystroke to the frame that shows them)`);
    lines.push('');
    lines.push('| Measure | Value |');
    lines.push('|---|---:|');
    lines.push(`| Page start → Helm's first verdict on screen (median) | ${ms(verdict.firstVerdictMs.median)} |`);
    lines.push(`| Last keystroke → Helm's verdict on screen, p50 | ${ms(verdict.verdictMs.p50)} |`);
    lines.push(`| Last keystroke → Helm's verdict on screen, p95 | ${ms(verdict.verdictMs.p95)} |`);
    lines.push(`| Editor keystroke → paint, p95, with the engine rendering (${int(verdict.keystrokeMs.withEngine.samples)} keys) | ${ms(verdict.keystrokeMs.withEngine.p95)} |`);
    lines.push(`| Editor keystroke → paint, p95, same page without the archive (${int(verdict.keystrokeMs.withoutEngine.samples)} keys) | ${ms(verdict.keystrokeMs.withoutEngine.p95)} |`);
    lines.push('');
  } else if (verdict?.error) {
    lines.push(`Helm's verdict in the page could not be measured: ${verdict.error.split('\n')[0]}`);
    lines.push('');
  }

  const picture = result.picture;
  if (picture && !picture.error) {
    lines.push(`**The picture of what will be deployed** (chart 1.90.0 with every add-on on, its archive in the host's \`charts/\`; ${picture.loads} cold loads with the picture open, ${int(picture.updateMs.samples)} edits of a replica count in the editor, each timed from its last keystroke to the frame whose picture shows it; as many loads typing the same with the picture closed)`);
    lines.push('');
    lines.push('| Measure | Value |');
    lines.push('|---|---:|');
    lines.push(`| Picture opened → drawn (median) | ${ms(picture.openedMs.median)} |`);
    lines.push(`| Last keystroke → updated picture, p50 | ${ms(picture.updateMs.p50)} |`);
    lines.push(`| Last keystroke → updated picture, p95 | ${ms(picture.updateMs.p95)} |`);
    lines.push(`| Editor keystroke → paint, p95, picture open (${int(picture.keystrokeMs.withPicture.samples)} keys) | ${ms(picture.keystrokeMs.withPicture.p95)} |`);
    lines.push(`| Editor keystroke → paint, p95, picture closed (${int(picture.keystrokeMs.withoutPicture.samples)} keys) | ${ms(picture.keystrokeMs.withoutPicture.p95)} |`);
    if (picture.missedUpdates) lines.push(`| Edits whose picture did not update within ${ms(picture.missedUpdates.deadlineMs)} | ${int(picture.missedUpdates.count)} |`);
    if (picture.loadAverage) lines.push(`| Load average (1 min) at the stage's start → end | ${picture.loadAverage.start[0]} → ${picture.loadAverage.end[0]} |`);
    lines.push('');
    if (picture.missedUpdates?.count > 0) lines.push(`Missed updates, as the verdict line said then: ${picture.missedUpdates.verdicts.join('; ')}`, '');
    if (picture.failedLoads?.length > 0) lines.push(`Loads that failed and were left out: ${picture.failedLoads.join('; ')}`, '');
  } else if (picture?.error) {
    lines.push(`The picture could not be measured: ${picture.error.split('\n')[0]}`);
    lines.push('');
  }

  if (result.profiles && !compact) {
    lines.push('**Where the time goes** (one more load of each page, profiled: JavaScript self time by source file from a V8 CPU profile; main-thread self time by Chromium trace event. Files in `bench/results/tmp/`.)');
    lines.push('');
    const entry = result.profiles.studioEntry;
    if (entry?.owners) {
      lines.push(`*Studio entry chunk by package or folder* (minified bytes from the source map; gzip estimated pro rata of ${kb(entry.gzipBytes)})`);
      lines.push('');
      lines.push('| Package / folder | Minified | Share | ≈ gzip |');
      lines.push('|---|---:|---:|---:|');
      for (const row of entry.owners.slice(0, 12)) lines.push(`| \`${row.owner}\` | ${kb(row.bytes)} | ${row.share}% | ${kb((entry.gzipBytes * row.share) / 100)} |`);
      lines.push('');
    }
    for (const [name, phases] of Object.entries(result.profiles)) {
      if (name === 'studioEntry') continue;
      for (const [phase, summary] of Object.entries(phases ?? {})) {
        lines.push(`*${name}, ${phase === 'load' ? 'page start → painted' : 'typing 40 characters'}*: main thread busy ${ms(summary.mainThread.busyMs)}`);
        lines.push('');
        lines.push('| JS by source file | Self | | Main thread by event | Self | |');
        lines.push('|---|---:|---:|---|---:|---:|');
        const rows = Math.max(Math.min(8, summary.js.byFile.length), Math.min(8, summary.mainThread.byEvent.length));
        for (let i = 0; i < rows; i += 1) {
          const a = summary.js.byFile[i];
          const b = summary.mainThread.byEvent[i];
          lines.push(`| ${a ? `\`${a.what}\`` : ''} | ${a ? ms(a.ms) : ''} | ${a ? `${a.share}%` : ''} | ${b ? b.what : ''} | ${b ? ms(b.ms) : ''} | ${b ? `${b.share}%` : ''} |`);
        }
        lines.push('');
      }
    }
  }
  if (result.errors.length) {
    lines.push('**Errors during the run**');
    lines.push('');
    for (const error of [...new Set(result.errors)].slice(0, 10)) lines.push(`- ${error}`);
    lines.push('');
  }
  lines.push(
    compact
      ? 'Reproduce: `npm run bench` (a few minutes; `BENCH_PROFILE=1 npm run bench` adds where the time goes). The full results, with the chunk list and the profiles, are in `bench/results/latest.md` and `latest.json`; what each number means is in `bench/README.md`.'
      : 'Reproduce: `npm run bench` (a few minutes; `BENCH_PROFILE=1 npm run bench` adds where the time goes). What each number means: `bench/README.md`.',
  );
  return `## Benchmark: the studio against react-jsonschema-form\n\n${lines.join('\n')}\n`;
}

/** The last lines of the run: the ratios, which are all that carries from one machine to another. */
export function renderRatios(result) {
  const q = result.ratios;
  const rows = [
    ['page start → painted (median)', q.paintedMedian],
    ['keystroke → paint p50', q.keystrokeP50],
    ['keystroke → paint p95', q.keystrokeP95],
    ['first keystroke', q.keystrokeFirst],
    ['DOM elements', q.domElements],
    ['JS heap', q.jsHeap],
    ['entry JS gz', q.entryJsGzip],
    ['total JS gz', q.totalJsGzip],
  ];
  const targets = result.targets.map((t) => `  ${t.met ? 'met   ' : 'MISSED'} ${t.label}: ${targetValue(t)}`);
  return [
    'Targets:',
    ...targets,
    '',
    'Ratios studio/rjsf (this run):',
    ...rows.map(([label, value]) => `  ${label.padEnd(32)} ${x(value)}`),
  ].join('\n');
}

/**
 * Rewrites only what lies between the bench markers (`name`: `<!-- name:start -->` … `<!-- name:end -->`);
 * returns false (and leaves the file) without them.
 */
export async function updateReadme(path, markdown, name = 'bench') {
  const [startMarker, endMarker] = name === 'bench' ? [START, END] : [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const text = await readFile(path, 'utf8');
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start === -1 || end === -1 || end < start) return false;
  const next = `${text.slice(0, start + startMarker.length)}\n${markdown}${text.slice(end)}`;
  if (next !== text) await writeFile(path, next);
  return true;
}
