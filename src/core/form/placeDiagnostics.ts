import type { Diagnostic } from '@/core/diagnostics/Diagnostic';
import type { FormModel } from './FormModel';
import { locateField } from './locateField';
import { Memo } from '../memo/Memo';

/** A problem as a field shows it: `within` names the part of the value below the field, if any. */
export interface FieldProblem {
  severity: Diagnostic['severity'];
  message: string;
  /** Pointer below the field ('' for the field's own value): "item 2", "nodeAffinity/…". */
  within: string;
  /** The diagnostic itself, for what acts on it (a quick fix). */
  diagnostic: Diagnostic;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

interface PlacedProblems {
  /** Problems by the absolute pointer of the rendered node they show at. */
  byField: ReadonlyMap<string, readonly FieldProblem[]>;
  bySection: ReadonlyMap<string, ProblemCounts>;
}

const none: readonly FieldProblem[] = [];
const noCounts: ProblemCounts = { errors: 0, warnings: 0 };
const nothingPlaced: PlacedProblems = { byField: new Map(), bySection: new Map() };

export interface ProblemPlacer {
  place(diagnostics: readonly Diagnostic[]): PlacedProblems;
  /** The problems a rendered node shows; the same array as last time while they are unchanged. */
  forField(diagnostics: readonly Diagnostic[], pointer: string): readonly FieldProblem[];
  forSection(diagnostics: readonly Diagnostic[], section: string): ProblemCounts;
}

/**
 * Puts each diagnostic on the field the form renders for it (or its nearest rendered ancestor). Kept for
 * the last diagnostics seen, and a field whose problems did not change gets back the very same array, so
 * a keystroke re-renders only the fields whose problems changed.
 */
export function createProblemPlacer(model: FormModel): ProblemPlacer {
  const placed = new Memo<PlacedProblems>();

  function place(diagnostics: readonly Diagnostic[]): PlacedProblems {
    return placed.get([diagnostics], (last = nothingPlaced) => {
      const byField = new Map<string, FieldProblem[]>();
      const bySection = new Map<string, ProblemCounts>();
      for (const diagnostic of diagnostics) {
        const location = locateField(model, diagnostic.pointer);
        if (!location) continue;
        const list = byField.get(location.pointer) ?? [];
        list.push({ severity: diagnostic.severity, message: diagnostic.message, within: location.within, diagnostic });
        byField.set(location.pointer, list);
        const counts = bySection.get(location.section) ?? { errors: 0, warnings: 0 };
        bySection.set(location.section, {
          errors: counts.errors + (diagnostic.severity === 'error' ? 1 : 0),
          warnings: counts.warnings + (diagnostic.severity === 'warning' ? 1 : 0),
        });
      }
      const stableFields = new Map<string, readonly FieldProblem[]>();
      for (const [pointer, list] of byField) {
        const previous = last.byField.get(pointer);
        stableFields.set(pointer, previous && sameProblems(previous, list) ? previous : list);
      }
      const stableSections = new Map<string, ProblemCounts>();
      for (const [section, counts] of bySection) {
        const previous = last.bySection.get(section);
        stableSections.set(section, previous && previous.errors === counts.errors && previous.warnings === counts.warnings ? previous : counts);
      }
      return { byField: stableFields, bySection: stableSections };
    });
  }

  return {
    place,
    forField: (diagnostics, pointer) => place(diagnostics).byField.get(pointer) ?? none,
    forSection: (diagnostics, section) => place(diagnostics).bySection.get(section) ?? noCounts,
  };
}

function sameProblems(a: readonly FieldProblem[], b: readonly FieldProblem[]): boolean {
  return a.length === b.length && a.every((p, i) => p.severity === b[i]?.severity && p.message === b[i]?.message && p.within === b[i]?.within);
}
