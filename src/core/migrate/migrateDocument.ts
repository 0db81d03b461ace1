import type { Values } from '../diagnostics/Diagnostic';
import { childPointer } from '../pointer/jsonPointer';
import { isDeepEqual } from '../values/isDeepEqual';
import { isValuesMap } from '../values/isValuesMap';
import type { ValuesDocument } from '../yaml/ValuesDocument';
import { printValues } from '../yaml/printValues';
import type { MigrationStep } from './MigrationStep';
import { migrateValues } from './migrateValues';

export interface MigratedText {
  text: string;
  report: MigrationStep[];
  /** True when the edits could not reproduce the migrated values and the file was printed afresh (comments lost). */
  reprinted: boolean;
}

/**
 * The user's file carried to another chart version. The migration's changes are made as edits to the
 * parsed document, so comments and layout survive wherever the migration did not touch; if the edited
 * document does not come out as the migrated values, the values are printed instead.
 */
export function migrateDocument(document: ValuesDocument, userValues: Values, from: string, to: string): MigratedText {
  const { values, report } = migrateValues(userValues, from, to);
  const edited = document.clone();
  applyChanges(edited, '', userValues, values);
  if (isDeepEqual(edited.toValues(), values)) return { text: edited.toString(), report, reprinted: false };
  return { text: Object.keys(values).length === 0 ? '' : printValues(values), report, reprinted: true };
}

/** Removals before additions, so a key moved into a new map does not briefly leave an empty map behind. */
function applyChanges(document: ValuesDocument, pointer: string, before: unknown, after: unknown): void {
  if (isDeepEqual(before, after)) return;
  if (!isValuesMap(before) || !isValuesMap(after)) {
    document.set(pointer, after);
    return;
  }
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) document.unset(childPointer(pointer, key));
  for (const key of Object.keys(after)) {
    const child = childPointer(pointer, key);
    if (Object.hasOwn(before, key)) applyChanges(document, child, before[key], after[key]);
    else document.set(child, after[key]);
  }
}
