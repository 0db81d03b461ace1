import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { JsonSchema } from '../../src/core/schema/JsonSchema';
import type { Values } from '../../src/core/diagnostics/Diagnostic';
import { chartDefaults } from '../../src/core/schema/chartDefaults';
import { compileChart } from '../../src/core/chart/compileChart';
import { shippedChartRef } from '../../src/core/chart/ChartRef';
import { checkValuesText } from '../../src/core/validate/checkValuesText';
import { parseValues } from '../../src/core/yaml/parseValues';
import { printValues } from '../../src/core/yaml/printValues';
import { isSecretPointer } from '../../src/core/secrets/isSecretPointer';
import { encodeShare } from '../../src/core/share/encodeShare';
import { shareUrl } from '../../src/core/share/shareUrl';
import { presets } from '../../src/core/presets/presets';
import { presetText } from '../../src/core/presets/presetText';
import { defaultBaseUrl } from '../../src/cli/shareUsage';

/*
 * The core's costs, in Node, on the chart's own values.yaml. The reference copy of that file is not part
 * of the project, so it is rebuilt the way the studio itself knows it: the schema's defaults, printed.
 * Prints one JSON object on stdout; bench/run.mjs folds it into the results.
 */

const CHART_VERSION = '1.28.0';
const schemaPath = fileURLToPath(new URL(`../../schemas/catalyst/${CHART_VERSION}/values.schema.json`, import.meta.url));

interface Timing {
  /** The first call, before the JIT has seen the code: what a page pays once. */
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  samples: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] ?? Number.NaN;
}

/** Runs `run` until both `minSamples` calls and `minTimeMs` have passed (capped at `maxSamples`). */
function time(run: () => unknown, { minSamples = 30, minTimeMs = 1_500, maxSamples = 2_000 } = {}): Timing {
  const samples: number[] = [];
  const started = performance.now();
  let sink: unknown;
  while (samples.length < maxSamples && (samples.length < minSamples || performance.now() - started < minTimeMs)) {
    const t0 = performance.now();
    sink = run();
    samples.push(performance.now() - t0);
  }
  // Keeps the result alive so the call cannot be optimised away.
  if (sink === Symbol.for('never')) console.error(sink);
  const firstMs = samples[0] ?? Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return { firstMs, medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), samples: samples.length };
}

const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema;

const defaults: Values = chartDefaults(schema);
const valuesYaml = printValues(defaults);

const compile = time(() => compileChart(shippedChartRef(CHART_VERSION), schema), { minSamples: 5, minTimeMs: 3_000, maxSamples: 20 });
const chart = compileChart(shippedChartRef(CHART_VERSION), schema);

// Helm validates the defaults coalesced with the user's file; here the user's file is the defaults themselves.
const checkDefaults = time(() => chart.check(defaults));
const checkText = time(() => checkValuesText(valuesYaml, chart));
const parse = time(() => parseValues(valuesYaml));

const parsed = parseValues(valuesYaml);
if (!parsed.ok) throw new Error(`the printed chart defaults do not parse: ${parsed.issues.map((d) => d.message).join('; ')}`);
const parsedDocument = parsed.document;
// An unedited document returns its original text; the form's path is clone, set one value, print.
let serial = 0;
const editAndPrint = time(() => {
  const copy = parsedDocument.clone();
  copy.set('/gateway/tls/existingSecret', `gateway-tls-${serial++}`);
  return copy.toString();
});
const print = time(() => printValues(defaults));

const isSecret = isSecretPointer(schema);
const shareLinks = await Promise.all(presets.map(async (preset) => {
  const text = await presetText(preset, { version: CHART_VERSION, schema, defaults });
  const shared = encodeShare({ chartRef: shippedChartRef(CHART_VERSION), text }, { includeSecrets: false, isSecret });
  if (!shared.ok) return { id: preset.id, title: preset.title, error: 'the preset does not parse' };
  const { payload, omitted } = shared;
  const url = shareUrl(defaultBaseUrl, payload);
  return { id: preset.id, title: preset.title, linkLength: url.length, payloadLength: payload.length, omittedSecrets: omitted };
}));

const report = {
  node: process.version,
  chartVersion: CHART_VERSION,
  valuesYaml: { bytes: Buffer.byteLength(valuesYaml), lines: valuesYaml.split('\n').length },
  schemaBytes: Buffer.byteLength(JSON.stringify(schema)),
  timings: {
    compileValidator: compile,
    validateDefaults: checkDefaults,
    checkValuesText: checkText,
    parseValues: parse,
    cloneSetToString: editAndPrint,
    printValues: print,
  },
  shareLinks: { baseUrl: defaultBaseUrl, presets: shareLinks },
};
process.stdout.write(JSON.stringify(report) + '\n');
