import type { Values } from '../diagnostics/Diagnostic';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { formatPointer, parsePointer } from '../pointer/jsonPointer';
import { isDeepEqual } from '../values/isDeepEqual';
import { isValuesMap } from '../values/isValuesMap';
import type { DiffLine } from './lineDiff';

/** A value that differs from the chart's default: what the user's values changed. */
export interface ChangedValue {
  pointer: string;
  /** What Helm renders with now; undefined when the user removed the default. */
  value: unknown;
  /** The chart's default; undefined when the chart has none. */
  before: unknown;
}

/** Every scalar (or emptied map or list) whose value differs between the chart's defaults and the values Helm renders with. */
export function changedValues(values: Values, defaults: Values): ChangedValue[] {
  const changes: ChangedValue[] = [];
  const visit = (now: unknown, then: unknown, path: string[]) => {
    if (isValuesMap(now) && isValuesMap(then)) {
      for (const key of new Set([...Object.keys(then), ...Object.keys(now)])) visit(now[key], then[key], [...path, key]);
      return;
    }
    if (isDeepEqual(now, then)) return;
    const leaves = [...scalarLeaves(now, path), ...scalarLeaves(then, path)];
    for (const pointer of new Set(leaves.map((leaf) => leaf.pointer))) {
      const value = valueIn(now, path, pointer);
      const before = valueIn(then, path, pointer);
      if (!isDeepEqual(value, before)) changes.push({ pointer, value, before });
    }
  };
  visit(values, defaults, []);
  return changes;
}

/**
 * The values that changed a line of an object's diff against the chart's defaults, best first: a value
 * with the line's key as its name and the line's value as its own (`logLevel: debug` from
 * `/management/logLevel`), else a value whose text the line holds beside its name (`--log-level=debug`), else
 * a string of some length the line holds (an image repository, a host). A removed line is matched against
 * the defaults the values replaced.
 * Empty when none can be found (the chart computed the line from several values, or from none).
 */
export function valuesBehindLine(line: DiffLine, changes: readonly ChangedValue[]): string[] {
  if (line.mark === ' ') return [];
  const text = line.text;
  const pair = /^\s*(?:-\s+)?["']?([^"':\s][^"':]*?)["']?\s*:\s*(.*?)\s*$/.exec(text);
  const lineKey = pair ? normalize(pair[1] ?? '') : '';
  const lineValue = pair ? unquote(pair[2] ?? '') : '';
  const normalizedLine = normalize(text);
  let best = 0;
  let found: string[] = [];
  for (const change of changes) {
    const side = line.mark === '+' ? change.value : change.before;
    if (side === undefined || side === null || typeof side === 'object') continue;
    const shown = String(side);
    if (shown === '') continue;
    const name = normalize(parsePointer(change.pointer).filter((segment) => !/^\d+$/.test(segment)).pop() ?? '');
    let score = 0;
    if (pair && name === lineKey && shown === lineValue) score = 3;
    else if (holdsWord(text, shown) && name !== '' && normalizedLine.includes(name)) score = 2;
    else if (typeof side === 'string' && shown.length >= 4 && text.includes(shown)) score = 1;
    if (score === 0 || score < best) continue;
    if (score > best) found = [];
    best = score;
    found.push(change.pointer);
  }
  return found;
}

/**
 * The values that switched an object on (added) or off (removed), where they can be found: changed switches
 * (`…/enabled` and other booleans) whose name — the key before `enabled`, or the switch itself — the object's
 * template path or name holds (`/networkPolicies/enabled` for `templates/network-policies.yaml`,
 * `/opentelemetry-deployment/enabled` for the subchart's objects, `/cleanup/enabled` for `catalyst-cleanup`).
 */
export function valuesSwitchingObject(manifest: Pick<HelmManifest, 'source' | 'name'>, changes: readonly ChangedValue[]): string[] {
  const where = normalize(`${manifest.source} ${manifest.name}`);
  return changes
    .filter((change) => typeof change.value === 'boolean' || typeof change.before === 'boolean')
    .filter((change) => {
      const segments = parsePointer(change.pointer);
      const last = segments[segments.length - 1] ?? '';
      const subject = /^enabled?$/i.test(last) ? segments[segments.length - 2] : last.replace(/^(?:enable|create)/i, '');
      const name = normalize(subject ?? '');
      return name.length >= 3 && where.includes(name);
    })
    .map((change) => change.pointer);
}

/** Lower case with separators dropped, so `networkPolicies`, `network-policies` and `network_policies` meet. */
function normalize(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

/** Whether the text holds `word` with no letter or digit right before or after it. */
function holdsWord(text: string, word: string): boolean {
  let from = text.indexOf(word);
  while (from !== -1) {
    const before = text[from - 1] ?? '';
    const after = text[from + word.length] ?? '';
    if (!/[A-Za-z0-9]/.test(before) && !/[A-Za-z0-9]/.test(after)) return true;
    from = text.indexOf(word, from + 1);
  }
  return false;
}

function scalarLeaves(value: unknown, path: string[]): { pointer: string }[] {
  if (isValuesMap(value) && Object.keys(value).length > 0) return Object.entries(value).flatMap(([key, child]) => scalarLeaves(child, [...path, key]));
  if (Array.isArray(value) && value.length > 0) return value.flatMap((child: unknown, index) => scalarLeaves(child, [...path, String(index)]));
  return value === undefined ? [] : [{ pointer: formatPointer(path) }];
}

function valueIn(root: unknown, rootPath: readonly string[], pointer: string): unknown {
  let current = root;
  for (const segment of parsePointer(pointer).slice(rootPath.length)) {
    if (isValuesMap(current)) current = current[segment];
    else if (Array.isArray(current)) current = current[Number(segment)];
    else return undefined;
  }
  return current;
}
