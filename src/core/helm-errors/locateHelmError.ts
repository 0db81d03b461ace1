import type { Values } from '../diagnostics/Diagnostic';
import { formatPointer, parsePointer } from '../pointer/jsonPointer';
import { getAt } from '../values/getAt';
import { isValuesMap } from '../values/isValuesMap';

/** Where Helm stopped, as its engine reports it (the message is what `helm template` prints after `Error: `). */
interface HelmErrorReport {
  phase: string;
  /** The template Helm names, when it names one. */
  template: string | null;
  message: string;
}

/** One of Helm's complaints, at the value it is about (`''` when the message does not let us find one). */
export interface HelmProblem {
  pointer: string;
  message: string;
  /** The rendered object the problem is in, when it is about one (as the Manifests view keys objects). */
  object?: string;
}

interface HelmErrorContext {
  /** The values Helm rendered with (the user's over the chart's defaults): which names are values. */
  values: Values;
  /** The user's own values: where template text that Helm ran through `tpl` came from. */
  userValues: Values;
}

/**
 * Helm's error as problems at the values they are about:
 * - a schema failure lists each broken value with its JSON Pointer, under the chart (or the subchart's
 *   alias) whose schema it broke;
 * - `required` and `fail` messages name the value in dotted form (`global.sentry.endpoint is required!`);
 * - other template failures name it as `.Values.a.b` (a nil pointer names the missing map's child);
 * - a failure inside text the chart runs through `tpl` is found by that text in the user's strings.
 * A subchart's template sees its own values, which sit under its alias at the top.
 */
export function locateHelmError(error: HelmErrorReport, context: HelmErrorContext): HelmProblem[] {
  const message = stripCliFrame(error.message);
  if (error.phase === 'schema' || /^values don't meet the specifications/.test(message)) {
    const problems = locateSchemaErrors(message, context.values);
    if (problems.length > 0) return problems;
  }
  const located = locateTemplateError(error, message, context);
  return [{ pointer: located.pointer, message: located.explanation ?? summarize(message) }];
}

/** `helm template` wraps the engine's error with a prefix and a hint that are not about the values. */
function stripCliFrame(message: string): string {
  return message
    .replace(/^Error:\s*/, '')
    .replace(/\s*Use --debug flag to render out invalid YAML\s*$/, '')
    .trim();
}

function locateSchemaErrors(message: string, values: Values): HelmProblem[] {
  const problems: HelmProblem[] = [];
  let prefix: string[] = [];
  let chart = '';
  for (const line of message.split('\n')) {
    const header = /^(\S[^:]*):\s*$/.exec(line);
    if (header?.[1] !== undefined) {
      chart = header[1];
      // The top chart's failures are at the top; a subchart's are under its alias, a key of the values.
      prefix = isValuesMap(values[chart]) ? [chart] : [];
      continue;
    }
    const item = /^- at '([^']*)': (.*)$/.exec(line);
    if (!item || item[1] === undefined || item[2] === undefined) continue;
    let path: string[];
    try {
      path = [...prefix, ...parsePointer(item[1])];
    } catch {
      path = prefix;
    }
    const what = prefix.length > 0 ? `${item[2]} (the schema of ${chart})` : item[2];
    const extra = /^additional propert(?:y|ies) (.*) not allowed$/.exec(item[2]);
    const names = extra?.[1] ? [...extra[1].matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '') : [];
    if (names.length > 0) {
      for (const name of names) problems.push({ pointer: formatPointer([...path, name]), message: `Helm: ${name} is not allowed here${prefix.length > 0 ? ` (the schema of ${chart})` : ''}.` });
    } else {
      problems.push({ pointer: formatPointer(path), message: `Helm: ${what}.` });
    }
  }
  return problems;
}

/** How Helm quotes the text it ran through `tpl`: when running it failed, and when it did not parse. */
const tplTextPattern = /(?:error during tpl function execution for|cannot parse template) (?=")/;
const tplQuotedPattern = /(?:error during tpl function execution for|cannot parse template) "(?:[^"\\]|\\.)*"/;

const templatePathPattern = /([\w.-]+(?:\/charts\/[\w.-]+)*\/templates\/[^\s:"]+):(\d+)(?::(\d+))?/g;

function locateTemplateError(error: HelmErrorReport, message: string, context: HelmErrorContext): { pointer: string; explanation?: string } {
  // The innermost template Helm names is where the failure happened; its chart decides whose values it read.
  const paths = [...message.matchAll(templatePathPattern)].map((m) => m[1] ?? '');
  const template = paths[paths.length - 1] ?? error.template ?? '';
  const subchart = subchartPath(template);
  const scope = (getAt(context.values, formatPointer(subchart)) ?? {}) as Values;
  const within = (segments: readonly string[]) => formatPointer([...subchart, ...segments]);

  if (tplTextPattern.test(message)) {
    const found = findTplSource(message, context.userValues);
    if (found !== undefined) return { pointer: found };
  }

  const failed = /execution error at \([^)]*\): ([\s\S]*)$/.exec(message);
  if (failed?.[1] !== undefined) {
    const named = namedValue(failed[1], isValuesMap(scope) ? scope : {});
    if (named) return { pointer: within(named) };
  }

  const actions = [...message.matchAll(/at <([^>]*)>/g)].map((m) => m[1] ?? '');
  const innermost = actions[actions.length - 1] ?? '';
  const reference = /\.Values((?:\.[\w-]+)+)/.exec(innermost);
  if (reference?.[1] !== undefined) {
    const chain = reference[1].slice(1).split('.');
    // "nil pointer evaluating interface {}.tls": the map holding `tls` is what is missing (or null).
    const nil = /nil pointer evaluating [^\n]*?\.([\w-]+)\s*$/.exec(message);
    const missingChild = nil?.[1] !== undefined ? chain.lastIndexOf(nil[1]) : -1;
    if (missingChild > 0) {
      const missing = chain.slice(0, missingChild);
      const where = [...message.matchAll(templatePathPattern)].pop()?.[0];
      return {
        pointer: within(missing),
        explanation: `Helm: ${[...subchart, ...missing].join('.')} is empty or null, which removes the chart's defaults under it, and a template reads .Values.${chain.join('.')} from it${where ? ` (${where})` : ''}. Give it its settings or leave it out.`,
      };
    }
    return { pointer: within(missingChild === 0 ? [] : chain) };
  }
  return { pointer: '' };
}

/** `catalyst/charts/opentelemetry-deployment/templates/…` → the subchart's values sit under its alias. */
function subchartPath(template: string): string[] {
  const parts = template.split('/');
  const path: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] === 'templates') break;
    if (parts[i] === 'charts' && parts[i + 1] !== undefined) path.push(parts[i + 1] as string);
  }
  return path;
}

/**
 * The first value a `required`/`fail` message names: a dotted path whose first name is one of the chart's
 * values (`global.control_plane_url`), or a single name that is one (`join_token`, `'mode'`). A path that
 * does not exist yet is kept: the problem shows at its nearest existing parent.
 */
function namedValue(text: string, scope: Values): string[] | undefined {
  for (const match of text.matchAll(/(?<![\w.$-])([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)/g)) {
    const segments = (match[1] ?? '').split('.');
    const first = segments[0] ?? '';
    if (Object.hasOwn(scope, first)) return segments;
  }
  return undefined;
}

/**
 * Template text in a value that the chart ran through `tpl`: Helm quotes the whole text and the failing
 * action (`at <include "nope" .>`) or, for text that does not parse, its line. The user's string holding
 * that action or line is the value.
 */
function findTplSource(message: string, userValues: Values): string | undefined {
  const strings = templateStrings(userValues, []);
  if (strings.length === 0) return undefined;
  const start = tplTextPattern.exec(message);
  if (!start) return undefined;
  const tail = message.slice(start.index + start[0].length);
  const quoted = /^"(?:[^"\\]|\\.)*"/.exec(tail)?.[0];
  const after = quoted === undefined ? tail : tail.slice(quoted.length);
  const action = [...after.matchAll(/at <([^>]*)>/g)].map((m) => m[1] ?? '').pop();
  if (action) {
    const holder = strings.find((entry) => entry.text.includes(action));
    if (holder) return formatPointer(holder.path);
  }
  const lineNumber = /gotpl:(\d+)/.exec(after)?.[1];
  if (quoted === undefined || lineNumber === undefined) return undefined;
  let source: string;
  try {
    source = JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
  const line = source.split('\n')[Number(lineNumber) - 1] ?? '';
  const holder = strings.find((entry) => {
    const first = entry.text.split('\n')[0] ?? '';
    return line.includes(first) || line.includes(first.replace(/'/g, "''"));
  });
  return holder ? formatPointer(holder.path) : undefined;
}

function templateStrings(value: unknown, path: string[]): { path: string[]; text: string }[] {
  if (typeof value === 'string') return value.includes('{{') ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => templateStrings(item, [...path, String(index)]));
  if (isValuesMap(value)) return Object.entries(value).flatMap(([key, child]) => templateStrings(child, [...path, key]));
  return [];
}

/**
 * Helm's message without what only helps someone reading the chart's source: the text it ran through `tpl`
 * (often the whole rendered config) and the chain of templates that included the failing one.
 */
function summarize(message: string): string {
  let text = message.replace(tplQuotedPattern, 'error in text run through tpl');
  const failed = /^execution error at \(([^)]*)\): ([\s\S]*)$/.exec(text);
  if (failed) return `Helm: ${failed[2]?.trim()} (${failed[1]})`;
  const executing = [...text.matchAll(/executing "[^"]*" at <([^>]*)>:\s*/g)];
  const last = executing[executing.length - 1];
  if (last?.index !== undefined) {
    const paths = [...text.matchAll(templatePathPattern)];
    const where = paths[paths.length - 1]?.[0];
    const cause = text.slice(last.index + last[0].length).trim();
    text = `${cause} at <${last[1]}>${where ? ` (${where})` : ''}`;
  }
  return `Helm: ${text}`;
}
