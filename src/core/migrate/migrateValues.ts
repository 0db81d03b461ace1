import { compareChartVersions } from '../chart/chartVersion';
import type { Values } from '../diagnostics/Diagnostic';
import { dottedPath } from '../pointer/jsonPointer';
import type { ChartRelease } from './ChartRelease';
import { createMigrationDraft, type MigrationDraft } from './createMigrationDraft';
import { curatedChanges, type CuratedChange, type MigrationEnds } from './curatedChanges';
import type { MigrationResult } from './MigrationResult';
import { noteReleaseDifferences } from './noteReleaseDifferences';
import { noteMissingJoinToken, noteMissingProviderSettings } from './noteRequiredValues';
import { allowedValues, describesValue } from './releaseSchemaFacts';

/**
 * The user's own values (not coalesced: chart defaults must keep following the chart) rewritten for another
 * chart version, with what the user should know. A chain of the curated changes of every release crossed
 * (oldest first going up, newest first going back), then what the two charts' values show by themselves.
 * Pure: the input is never mutated. Keys the target does not read are kept, so a move there and back loses
 * nothing.
 */
export function migrateValues(userValues: Values, from: ChartRelease, to: ChartRelease): MigrationResult {
  const order = compareChartVersions(to.version, from.version);
  if (order === 0) return { values: userValues, report: [] };
  const ends: MigrationEnds = { from: from.version, to: to.version };
  const draft = createMigrationDraft(userValues, to.version);
  for (const change of changesCrossed(from, to)) {
    if (order > 0) applyUp(draft, change, ends);
    else applyDown(draft, change, ends);
  }
  noteReleaseDifferences(draft, from, to, ends);
  noteMissingJoinToken(draft, to.version);
  noteMissingProviderSettings(draft, to.version);
  return draft.result();
}

/**
 * The curated changes a migration crosses, in the order they apply (oldest first going up, newest first
 * going back). The two charts' schemas decide where they can: a move applies when the source version has
 * the value's old place and the target its new one (and they are not both places in both versions), and a
 * new spelling when the target refuses the old one. Only a change the two schemas say nothing about falls
 * back to its `since`, the first release known to have it.
 */
function changesCrossed(from: ChartRelease, to: ChartRelease): CuratedChange[] {
  const up = compareChartVersions(to.version, from.version) > 0;
  const [older, newer] = up ? [from.version, to.version] : [to.version, from.version];
  const crossed = curatedChanges.filter((change) => {
    const decided = decidedBySchemas(change, up ? from : to, up ? to : from);
    return decided ?? (compareChartVersions(change.since, older) > 0 && compareChartVersions(change.since, newer) <= 0);
  });
  const ordered = [...crossed].sort((a, b) => compareChartVersions(a.since, b.since));
  return up ? ordered : ordered.reverse();
}

/**
 * Whether the change lies between an older and a newer chart, as their schemas show; undefined when they
 * show nothing about it (a rule, or values neither schema names).
 */
function decidedBySchemas(change: CuratedChange, older: ChartRelease, newer: ChartRelease): boolean | undefined {
  if (change.kind === 'rule') return undefined;
  if (change.kind === 'value') {
    const [before, after] = [allowedValues(older.schema, change.pointer), allowedValues(newer.schema, change.pointer)];
    if (before === undefined || after === undefined) return undefined;
    // The newer spelling arrived between them: the older chart refuses it and the newer one takes it.
    return !before.includes(change.newer) && after.includes(change.newer);
  }
  const oldPlace = { inOlder: describesValue(older.schema, change.older), inNewer: describesValue(newer.schema, change.older) };
  const newPlace = { inOlder: describesValue(older.schema, change.newer), inNewer: describesValue(newer.schema, change.newer) };
  const oldPlaceKnown = oldPlace.inOlder || oldPlace.inNewer;
  const newPlaceKnown = newPlace.inOlder || newPlace.inNewer;
  if (oldPlaceKnown && newPlaceKnown) {
    // A release that keeps both places (the old one still described, or the new one already there) is on one side of the move only.
    return oldPlace.inOlder && newPlace.inNewer && (!newPlace.inOlder || !oldPlace.inNewer);
  }
  if (newPlaceKnown) return !newPlace.inOlder && newPlace.inNewer;
  if (oldPlaceKnown) return oldPlace.inOlder && !oldPlace.inNewer;
  return undefined;
}

function applyUp(draft: MigrationDraft, change: CuratedChange, ends: MigrationEnds): void {
  switch (change.kind) {
    case 'move':
      return draft.move(change.older, change.newer, change.up(ends));
    case 'reshape':
      return change.up(draft, ends);
    case 'rule':
      return change.up?.(draft, ends);
    case 'value':
      if (change.older === undefined || change.olderStays || draft.get(change.pointer) !== change.older) return;
      draft.set(change.pointer, change.newer);
      draft.note({
        kind: 'renamed-value',
        from: change.pointer,
        to: change.pointer,
        message: `${dottedPath(change.pointer)} ${change.older} is spelled ${change.newer} in chart ${ends.to} (which refuses ${change.older}); rewritten.`,
      });
  }
}

function applyDown(draft: MigrationDraft, change: CuratedChange, ends: MigrationEnds): void {
  switch (change.kind) {
    case 'move':
      return draft.move(change.newer, change.older, change.down(ends));
    case 'reshape':
      return change.down(draft, ends);
    case 'rule':
      return change.down?.(draft, ends);
    case 'value': {
      if (draft.get(change.pointer) !== change.newer) return;
      const message = change.down?.(ends) ?? `${dottedPath(change.pointer)} ${change.newer} is spelled ${change.older} in chart ${ends.to}; rewritten.`;
      if (change.older === undefined) {
        draft.note({ kind: 'removed', from: change.pointer, message });
        return;
      }
      draft.set(change.pointer, change.older);
      draft.note({ kind: 'renamed-value', from: change.pointer, to: change.pointer, message });
    }
  }
}

/**
 * The keys a chart version moved, found in values written for an older layout: each old place with its new
 * place and the value reshaped for it (a quick fix offers the move).
 */
export function movedIntoVersion(userValues: Values, version: string): ReadonlyMap<string, { to: string; value: unknown }> {
  const draft = createMigrationDraft(userValues, version);
  const ends = { from: 'an earlier version', to: version };
  for (const change of curatedChanges) {
    if (compareChartVersions(change.since, version) > 0) continue;
    if (change.kind === 'move') draft.move(change.older, change.newer, change.up(ends));
    if (change.kind === 'reshape') change.up(draft, ends);
  }
  const found = new Map<string, { to: string; value: unknown }>();
  for (const step of draft.result().report) {
    if (step.kind === 'moved' && step.from && step.to) found.set(step.from, { to: step.to, value: draft.get(step.to) });
  }
  return found;
}
