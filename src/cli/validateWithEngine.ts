import { availableParallelism } from 'node:os';
import type { Values } from '../core/diagnostics/Diagnostic';
import type { HelmEngineClient } from '../core/helm-engine/HelmEngineClient';
import type { HelmEngineError, HelmManifest, HelmRenderResult } from '../core/helm-engine/HelmRenderResult';
import { locateHelmError, type HelmProblem } from '../core/helm-errors/locateHelmError';
import { readChartKubeVersion } from '../core/chart-archive/readChartKubeVersion';
import { checkKubernetesObjects, type ObjectRefusal } from '../core/kubernetes/checkKubernetesObjects';
import { defaultKubernetesVersion, type KubernetesVersion } from '../core/kubernetes/kubernetesVersions';
import { loadKubernetesSchemas } from '../core/kubernetes/loadKubernetesSchemas';
import { locateRefusal } from '../core/kubernetes/locateRefusal';
import type { PlacedDiagnostic } from '../core/validate/checkHelmValues';
import { coalesceValues } from '../core/values/coalesceValues';
import { getAt } from '../core/values/getAt';
import { mergeHelmValues } from '../core/values/mergeHelmValues';
import type { ValueFlag } from '../core/values/ValueFlag';
import { parseValues } from '../core/yaml/parseValues';
import type { ValuesDocument } from '../core/yaml/ValuesDocument';
import { compileNodeHelmEngine, startHelmEngineHost } from '../node/startHelmEngineHost';
import { exitCodes, type CliStreams } from './CliStreams';
import { engineSetArguments } from './engineSetArguments';
import { readChartPath } from './readChartPath';
import { readValuesFile } from './readValuesFile';
import { readFlagFile } from './valueFlagOptions';
import { dottedPath } from '@/core/pointer/jsonPointer';

interface EngineValidation {
  chartPath: string;
  /** Each check's files, in -f order. */
  checks: string[][];
  flags: ValueFlag[];
  /** The cluster's Kubernetes version; default the newest the chart's Chart.yaml admits. */
  kubernetesVersion?: KubernetesVersion | undefined;
  write(file: string, valid: boolean, diagnostics: readonly PlacedDiagnostic[]): void;
}

interface ReadFile {
  name: string;
  text: string;
  document: ValuesDocument | null;
  values: Values;
}

/**
 * `validate --chart PATH`: Helm's own engine renders the chart with each check's values, and its verdict is
 * the answer — an error wherever Helm fails (schema, template or rendered YAML), placed at the value Helm's
 * message is about. Where Helm renders the chart, each object is then checked as the Kubernetes API server of
 * the chosen version would take it (source "kubernetes"), at the value that produced what it would refuse.
 * The join token travels on the install command line, never in a values file; when the
 * chart takes one and the values do not give it, any token stands in, as for `helm install --set join_token=…`.
 */
export async function validateWithEngine(job: EngineValidation, io: CliStreams): Promise<number> {
  const chart = await readChartPath(job.chartPath);
  if ('error' in chart) {
    io.stderr.write(`catalyst-values validate: ${chart.error}\n`);
    return exitCodes.usage;
  }
  const set = engineSetArguments(job.flags);
  if ('error' in set) {
    io.stderr.write(`catalyst-values validate: ${set.error}\n`);
    return exitCodes.usage;
  }
  const chartDefaults = parseValues(chart.valuesText, { maxLength: Infinity });
  const defaults = chartDefaults.ok ? chartDefaults.values : {};
  const kubernetesVersion = job.kubernetesVersion ?? defaultKubernetesVersion(readChartKubeVersion(chart.chart));
  const schemas = await loadKubernetesSchemas();

  // Each check is a render of its own: many run side by side on as many engine threads as the machine has
  // cores (at most four: each thread holds its own Helm), sharing one compiled module, and are reported in
  // the order they were given. While a thread renders one check, this thread checks the objects of another.
  // Starting a thread costs a dozen renders or more, so a few checks keep to one.
  const { chart: chartBytes, chartSource } = chart;
  const setArguments = set;
  const threadCount = Math.max(1, Math.min(Math.ceil(job.checks.length / checksPerThread), availableParallelism(), maxEngineThreads));
  // A module that cannot be read or compiled is left to each thread, which reports why as a render result.
  const module = await compileNodeHelmEngine().catch(() => undefined);
  const engines = Array.from({ length: threadCount }, () => startHelmEngineHost({ module }));
  const outcomes: CheckOutcome[] = [];
  let written = 0;
  const writeReady = () => {
    for (let outcome = outcomes[written]; outcome !== undefined; outcome = outcomes[++written]) {
      if ('unreadable' in outcome) io.stderr.write(outcome.unreadable);
      else job.write(outcome.file, outcome.diagnostics.length === 0, outcome.diagnostics);
    }
  };

  /**
   * The API server's answer for each object already checked in this run. Values files for one chart render
   * mostly the same objects (byte for byte), and reading and checking an object costs this thread about as much
   * as Helm's render of it costs an engine thread; an object's answer depends on nothing but the object.
   */
  const checkedObjects = new Map<string, ObjectRefusal[]>();
  function checkObjects(manifests: readonly HelmManifest[]): ObjectRefusal[] {
    return manifests.flatMap((manifest) => {
      const key = JSON.stringify(manifest);
      let refusals = checkedObjects.get(key);
      if (refusals === undefined) {
        refusals = checkKubernetesObjects([manifest], { version: kubernetesVersion, schemas });
        if (checkedObjects.size < maxRememberedObjects) checkedObjects.set(key, refusals);
      }
      return refusals;
    });
  }

  /** Reads a check's files and asks Helm to render them; `judge` then checks what Helm answered. */
  async function startCheck(names: string[], engine: HelmEngineClient): Promise<StartedCheck> {
    const files: ReadFile[] = [];
    for (const name of names) {
      const text = await readValuesFile(name);
      if (typeof text !== 'string') return { unreadable: `${name}: ${'error' in text ? text.error : text.invalid.message}\n` };
      const parsed = parseValues(text, { maxLength: Infinity });
      files.push({ name, text, document: parsed.ok ? parsed.document : null, values: parsed.ok ? parsed.values : {} });
    }
    const merged = mergeHelmValues(files.map((file) => file.values), job.flags, readFlagFile);
    const userValues = merged.ok ? merged.values : {};
    const standIn = Object.hasOwn(defaults, 'join_token') && getAt(userValues, '/join_token') === undefined;
    const rendering = engine.render({
      chart: chartBytes,
      chartSource,
      values: files.map((file) => file.text),
      valueFileNames: names,
      set: standIn ? [{ flag: 'set', text: 'join_token=JOIN_TOKEN' }, ...setArguments] : setArguments,
      release: 'release-name',
      namespace: 'default',
      kubeVersion: `${kubernetesVersion}.0`,
      omitOutput: true,
    });
    return { names, files, userValues, rendering };
  }

  function judge(check: StartedCheck, result: HelmRenderResult): CheckOutcome {
    if ('unreadable' in check) return check;
    const { names, files, userValues } = check;
    const diagnostics = result.error
      ? placeHelmError(result.error, files, job.flags, { values: coalesceValues(defaults, userValues), userValues })
      : placeRefusals(checkObjects(result.manifests), files, job.flags, userValues, kubernetesVersion);
    return { file: names[names.length - 1] ?? `--${job.flags[0]?.kind ?? 'set'}`, diagnostics };
  }

  /**
   * Runs checks on one engine thread until none are left. The thread is never left waiting for this one: the
   * next check's files are read while Helm renders, and its render is posted before this thread checks the
   * objects of the one just rendered.
   */
  async function runChecks(engine: HelmEngineClient, first?: number): Promise<void> {
    let index = first ?? next++;
    if (index >= job.checks.length) return;
    let current = await startCheck(job.checks[index] ?? [], engine);
    while (true) {
      const following = next < job.checks.length && first === undefined ? next++ : undefined;
      const upcoming = following === undefined ? undefined : startCheck(job.checks[following] ?? [], engine);
      const result = 'unreadable' in current ? unrendered : await current.rendering;
      const nextCheck = upcoming && (await upcoming);
      // The next render waits with the engine client, which posts it to the thread once this one is answered
      // (a few promise turns later): a turn of the event loop lets that happen before the objects are checked.
      await new Promise((resolve) => setImmediate(resolve));
      outcomes[index] = judge(current, result);
      writeReady();
      if (following === undefined || nextCheck === undefined) return;
      index = following;
      current = nextCheck;
    }
  }

  let next = 0;
  try {
    // The first render compiles the engine's code for the paths this chart takes, and the threads share that
    // code: the others start once it is done instead of all compiling the same functions at once.
    if (job.checks.length > 0 && engines[0]) {
      next = 1;
      await runChecks(engines[0], 0);
    }
    await Promise.all(engines.map((engine) => runChecks(engine)));
  } finally {
    for (const engine of engines) engine.dispose();
  }
  const verdicts = outcomes.filter((outcome) => 'diagnostics' in outcome);
  const anyError = verdicts.some((outcome) => outcome.diagnostics.length > 0);
  const unreadable = verdicts.length < outcomes.length;
  return anyError ? exitCodes.invalid : unreadable ? exitCodes.usage : exitCodes.ok;
}

/** A check's answer: its verdict, or why one of its files could not be read. */
type CheckOutcome = { file: string; diagnostics: PlacedDiagnostic[] } | { unreadable: string };

/** A check whose files were read and whose render was asked for (or why a file could not be read). */
type StartedCheck = { names: string[]; files: ReadFile[]; userValues: Values; rendering: Promise<HelmRenderResult> } | { unreadable: string };

/** Stands in for the render of a check whose files could not be read; `judge` never reads it. */
const unrendered: HelmRenderResult = { manifests: [], notes: '', output: '', error: null };

/** Objects whose Kubernetes check is remembered, at most: a few thousand are a few MB of text. */
const maxRememberedObjects = 5000;
/** Each engine thread holds a whole Helm (a few hundred MB at most); more than four gain little for their memory. */
const maxEngineThreads = 4;
/** A thread's start (Go's runtime and Helm's packages, the warm-up) is worth it from this many checks on. */
const checksPerThread = 16;

/** Helm's complaint at the line of the file (or the flag) that last gave the value it is about. */
function placeHelmError(error: HelmEngineError, files: readonly ReadFile[], flags: readonly ValueFlag[], context: { values: Values; userValues: Values }): PlacedDiagnostic[] {
  const last = files[files.length - 1];
  const atStart = { line: 1, column: 1, origin: last?.name ?? `--${flags[0]?.kind ?? 'set'}` };
  if (error.phase === 'values') {
    // failed to parse NAME: error converting YAML to JSON: yaml: line 3: …
    const file = files.find((f) => error.message.startsWith(`failed to parse ${f.name}:`));
    const line = Number(/\bline (\d+)\b/.exec(error.message)?.[1] ?? 1);
    return [{ pointer: '', severity: 'error', message: error.message, line: file ? line : 1, column: 1, source: 'helm', origin: file?.name ?? atStart.origin }];
  }
  return locateHelmError(error, context).map((problem) => placeAtValue(problem, 'helm', files, flags));
}

/**
 * What the Kubernetes API server would refuse in the rendered objects, each at the line of the value that
 * produced it where one can be found, else at the start of the last file, naming the object.
 */
function placeRefusals(refusals: readonly ObjectRefusal[], files: readonly ReadFile[], flags: readonly ValueFlag[], userValues: Values, version: string): PlacedDiagnostic[] {
  return refusals.map((refusal) => {
    const pointer = locateRefusal(refusal, userValues) ?? '';
    return placeAtValue({ pointer, message: `Kubernetes ${version} would refuse ${refusal.kind} ${refusal.name}: ${refusal.message}` }, 'kubernetes', files, flags);
  });
}

/** A problem at the line of the file (or the flag) that last gave the value it is about, else at the start of the last file. */
function placeAtValue(problem: HelmProblem, source: 'helm' | 'kubernetes', files: readonly ReadFile[], flags: readonly ValueFlag[]): PlacedDiagnostic {
  const last = files[files.length - 1];
  const atStart = { line: 1, column: 1, origin: last?.name ?? `--${flags[0]?.kind ?? 'set'}` };
  const flag = flags.some((f) => f.kind !== 'set-file' && problem.pointer !== '' && setsPointer(f.text, problem.pointer));
  const file = [...files].reverse().find((f) => f.document && problem.pointer !== '' && getAt(f.values, problem.pointer) !== undefined);
  const place = flag ? { line: 1, column: 1, origin: '--set' } : file?.document ? { ...file.document.locate(problem.pointer), origin: file.name } : atStart;
  return { pointer: problem.pointer, severity: 'error', message: problem.message, line: place.line, column: place.column, source, origin: place.origin };
}

/** Whether `a.b=c,d=e` sets the value at `/a/b` (or below it). */
function setsPointer(text: string, pointer: string): boolean {
  const dotted = dottedPath(pointer);
  return text.split(',').some((pair) => {
    const key = pair.split('=')[0] ?? '';
    return key === dotted || dotted.startsWith(`${key}.`);
  });
}
