import type { Values } from '../diagnostics/Diagnostic';
import { childPointer } from '../pointer/jsonPointer';
import { getAt } from '../values/getAt';
import { isDeepEqual } from '../values/isDeepEqual';
import { isValuesMap } from '../values/isValuesMap';
import type { ValuesDocument } from '../yaml/ValuesDocument';
import { printValues } from '../yaml/printValues';
import { parseValues } from '../yaml/parseValues';
import type { ChartRelease } from './ChartRelease';
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
export function migrateDocument(document: ValuesDocument, userValues: Values, from: ChartRelease, to: ChartRelease): MigratedText {
  const { values, report } = migrateValues(userValues, from, to);
  const edited = document.clone();
  // A moved value goes as the user wrote it, with its comments; what else changed is edited in after.
  for (const step of report) {
    if (step.kind === 'moved' && step.from !== undefined && step.to !== undefined && isDeepEqual(getAt(userValues, step.from), getAt(values, step.to))) {
      edited.move(step.from, step.to);
    }
  }
  applyChanges(edited, '', edited.toValues(), values);
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

/** A workspace's layers, each carried to another chart version on its own: an overlay's keys move as the base's do. */
export interface MigratedLayers {
  base: string;
  overlays: { name: string; text: string }[];
  report: MigrationStep[];
  reprinted: boolean;
}

/** Undefined when a layer's YAML has errors: its values cannot be carried, and no layer is, so they stay in step. */
export function migrateLayers(base: string, overlays: readonly { name: string; text: string }[], from: ChartRelease, to: ChartRelease): MigratedLayers | undefined {
  const migrateText = (text: string) => {
    const parsed = parseValues(text);
    return parsed.ok ? migrateDocument(parsed.document, parsed.values, from, to) : undefined;
  };
  const migratedBase = migrateText(base);
  if (!migratedBase) return undefined;
  const report = [...migratedBase.report];
  let reprinted = migratedBase.reprinted;
  const migratedOverlays: { name: string; text: string }[] = [];
  for (const overlay of overlays) {
    const migrated = migrateText(overlay.text);
    if (!migrated) return undefined;
    report.push(...migrated.report.filter((step) => !report.some((known) => isDeepEqual(known, step))));
    reprinted ||= migrated.reprinted;
    migratedOverlays.push({ name: overlay.name, text: migrated.text });
  }
  return { base: migratedBase.text, overlays: migratedOverlays, report, reprinted };
}
