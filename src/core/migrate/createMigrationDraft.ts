import type { Values } from '../diagnostics/Diagnostic';
import { parentPointer, dottedPath } from '../pointer/jsonPointer';
import { getAt } from '../values/getAt';
import { isValuesMap } from '../values/isValuesMap';
import { setAt } from '../values/setAt';
import { unsetAt } from '../values/unsetAt';
import type { MigrationResult } from './MigrationResult';
import type { MigrationStep } from './MigrationStep';

/**
 * The values being migrated plus the report so far. Every edit goes through setAt/unsetAt, so the user's
 * values are never mutated and untouched branches stay shared with the input.
 */
export interface MigrationDraft {
  get(pointer: string): unknown;
  /** True when the user wrote something (null included: it deletes a chart default) at the pointer. */
  has(pointer: string): boolean;
  /**
   * Moves the user's value from one place to another, reshaped by `reshape` when the shape changed too.
   * When the target is already set, the user's own target wins and the old value stays where it was.
   */
  move(from: string, to: string, message: string, reshape?: (value: unknown) => unknown): void;
  set(pointer: string, value: unknown): void;
  note(step: MigrationStep): void;
  result(): MigrationResult;
}

export function createMigrationDraft(userValues: Values, targetVersion: string): MigrationDraft {
  let values = userValues;
  const report: MigrationStep[] = [];

  const get = (pointer: string) => getAt(values, pointer);
  const has = (pointer: string) => get(pointer) !== undefined;

  /** Removes the key, then the maps the removal left empty, so a move leaves no `shared: {}` behind. */
  function unsetPruned(pointer: string): void {
    values = unsetAt(values, pointer);
    for (let parent = parentPointer(pointer); parent !== ''; parent = parentPointer(parent)) {
      const node = getAt(values, parent);
      if (!isValuesMap(node) || Object.keys(node).length > 0) break;
      values = unsetAt(values, parent);
    }
  }

  return {
    get,
    has,
    move(from, to, message, reshape) {
      if (!has(from)) return;
      if (has(to)) {
        report.push({
          kind: 'removed',
          from,
          message: `${dottedPath(from)} was not moved to ${dottedPath(to)} because you already set that; it stays where it was, and chart ${targetVersion} ignores it there.`,
        });
        return;
      }
      const value = get(from);
      values = setAt(values, to, reshape ? reshape(value) : value);
      unsetPruned(from);
      report.push({ kind: 'moved', from, to, message });
    },
    set(pointer, value) {
      values = setAt(values, pointer, value);
    },
    note(step) {
      report.push(step);
    },
    result() {
      return { values, report };
    },
  };
}
