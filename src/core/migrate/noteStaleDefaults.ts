import { isDeepEqual } from '../values/isDeepEqual';
import type { DefaultChange } from './chartDefaultChanges';
import type { MigrationDraft } from './createMigrationDraft';
import { dottedPath } from '@/core/pointer/jsonPointer';

/**
 * A user value equal to the source chart's default was most likely copied from its values.yaml; after the
 * move it pins the old default (an image tag of the old release, an old endpoint). It is kept, because
 * the user may mean it, but the user hears about it. Values the user did not set follow the new chart.
 */
export function noteStaleDefaults(
  draft: MigrationDraft,
  changes: readonly DefaultChange[],
  direction: 'up' | 'down',
  versions: { from: string; to: string },
  explain: Readonly<Record<string, string>> = {},
): void {
  for (const change of changes) {
    const stale = direction === 'up' ? change.before : change.after;
    const fresh = direction === 'up' ? change.after : change.before;
    if (!draft.has(change.pointer) || !isDeepEqual(draft.get(change.pointer), stale)) continue;
    const why = explain[change.pointer];
    draft.note({
      kind: 'changed-default',
      from: change.pointer,
      to: change.pointer,
      message:
        `${dottedPath(change.pointer)} is set to ${show(stale)}, the default of chart ${versions.from}; chart ${versions.to} defaults to ${show(fresh)}. ` +
        (why ?? 'Your value is kept: remove it to follow the chart, or keep it if you pinned it on purpose.'),
    });
  }
}

function show(value: unknown): string {
  return value === '' ? '"" (empty)' : JSON.stringify(value);
}
