import { compareChartVersions } from '../chart/chartVersion';
import type { Values } from '../diagnostics/Diagnostic';
import { childPointer, dottedPath } from '../pointer/jsonPointer';
import { isDeepEqual } from '../values/isDeepEqual';
import { isValuesMap } from '../values/isValuesMap';
import type { ChartRelease } from './ChartRelease';
import type { MigrationDraft } from './createMigrationDraft';
import { curatedExplanations, type MigrationEnds } from './curatedChanges';

/** How far the report lists defaults that changed under values the user did not set. */
const unsetChangesListed = 8;

type Shape = 'map' | 'list' | 'string' | 'number' | 'boolean';

function shapeOf(value: unknown): Shape | undefined {
  if (isValuesMap(value)) return 'map';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return typeof value as Shape;
  return undefined;
}

const article = (shape: Shape) => (shape === 'map' ? 'a map' : shape === 'list' ? 'a list' : `a ${shape}`);

/**
 * Where a chart's values.yaml has something at a pointer: the default there, `known` when the pointer lies
 * inside a free-form value (an empty map or a list, such as nodeSelector), or undefined when the chart has
 * no such value.
 */
function defaultAt(defaults: Values, pointer: string[]): { value: unknown } | 'known' | undefined {
  let node: unknown = defaults;
  for (const key of pointer) {
    if (!isValuesMap(node)) return undefined;
    if (Object.keys(node).length === 0) return 'known';
    if (!Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return { value: node };
}

/** Every leaf of a defaults tree (a scalar, a list, or an empty map), by pointer. */
function defaultLeaves(value: unknown, pointer = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (isValuesMap(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) defaultLeaves(child, childPointer(pointer, key), out);
  } else {
    out.set(pointer, value);
  }
  return out;
}

/**
 * What the two charts' values say by themselves, once the curated moves are done: values the user wrote
 * that the target chart no longer reads (kept, so nothing is lost), values whose type changed, values the
 * user pinned at the old default, and the defaults that changed under values the user left to the chart.
 */
export function noteReleaseDifferences(draft: MigrationDraft, from: ChartRelease, to: ChartRelease, ends: MigrationEnds): void {
  noteUnreadValues(draft, draft.result().values, [], from, to, ends);
  const before = defaultLeaves(from.defaults);
  const after = defaultLeaves(to.defaults);
  const unsetChanges: string[] = [];
  for (const [pointer, stale] of before) {
    if (!after.has(pointer)) continue;
    const fresh = after.get(pointer);
    if (isDeepEqual(stale, fresh)) continue;
    if (!draft.has(pointer)) {
      if (!hasUserAncestor(draft, pointer)) unsetChanges.push(`${dottedPath(pointer)}: ${show(stale)} → ${show(fresh)}`);
      continue;
    }
    const own = draft.get(pointer);
    if (isDeepEqual(own, stale)) {
      draft.note({
        kind: 'changed-default',
        from: pointer,
        to: pointer,
        message:
          `${dottedPath(pointer)} is set to ${show(stale)}, the default of chart ${ends.from}; chart ${ends.to} defaults to ${show(fresh)}. ` +
          (curatedExplanations[pointer]?.staleDefault ?? 'Your value is kept: remove it to follow the chart, or keep it if you pinned it on purpose.'),
      });
      continue;
    }
    const [was, now, yours] = [shapeOf(stale), shapeOf(fresh), shapeOf(own)];
    if (was && now && was !== now && yours === was) {
      draft.note({
        kind: 'changed-type',
        from: pointer,
        to: pointer,
        message: `${dottedPath(pointer)} is ${article(was)} in chart ${ends.from} and ${article(now)} in chart ${ends.to}: your value is kept as it was; write it as ${article(now)}.`,
      });
    }
  }
  if (unsetChanges.length > 0) {
    const listed = unsetChanges.slice(0, unsetChangesListed).join('; ');
    const more = unsetChanges.length - unsetChangesListed;
    draft.note({
      kind: 'changed-default',
      message: `${unsetChanges.length} chart default${unsetChanges.length === 1 ? '' : 's'} changed under values you did not set, which follow chart ${ends.to}: ${listed}${more > 0 ? `; and ${more} more` : ''}.`,
    });
  }
}

/** The shallowest values the user wrote that the target chart does not have but the source chart did. */
function noteUnreadValues(draft: MigrationDraft, node: unknown, at: string[], from: ChartRelease, to: ChartRelease, ends: MigrationEnds): void {
  if (!isValuesMap(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const path = [...at, key];
    const inTarget = defaultAt(to.defaults, path);
    const inSource = defaultAt(from.defaults, path);
    if (inTarget !== undefined && inTarget !== 'known') {
      if (isValuesMap(inTarget.value)) noteUnreadValues(draft, value, path, from, to, ends);
      continue;
    }
    // A key neither chart has is a typo or an earlier leftover: the checks name it, not the migration. Inside
    // a map the target leaves empty, only a key the source chart listed itself is one the target dropped.
    if (inSource === undefined || (inTarget === 'known' && inSource === 'known')) continue;
    const pointer = path.reduce(childPointer, '');
    const explained = curatedExplanations[pointer];
    const newer = compareChartVersions(ends.to, ends.from) > 0;
    const why = newer ? explained?.gone : explained?.added;
    draft.note({
      kind: 'removed',
      from: pointer,
      message: newer
        ? `${dottedPath(pointer)} does nothing any more in chart ${ends.to}${why ? `: ${why}` : ''}. It is kept in your values; remove it when you no longer need chart ${ends.from}.`
        : `${dottedPath(pointer)} is newer than chart ${ends.to}, so chart ${ends.to} ignores it${why ? `: ${why}` : ''}. It is kept in your values.`,
    });
  }
}

function hasUserAncestor(draft: MigrationDraft, pointer: string): boolean {
  for (let at = pointer.slice(0, pointer.lastIndexOf('/')); at !== ''; at = at.slice(0, at.lastIndexOf('/'))) {
    if (draft.has(at) && !isValuesMap(draft.get(at))) return true;
  }
  return false;
}

function show(value: unknown): string {
  return value === '' ? '"" (empty)' : JSON.stringify(value);
}
