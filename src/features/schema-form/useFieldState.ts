import { useCallback, useState } from 'react';
import type { Session } from '@/core/session/sessionReducer';
import type { ShowIf } from '@/core/form/createVisibility';
import type { FieldProblem, ProblemCounts } from '@/core/form/placeDiagnostics';
import { getAt } from '@/core/values/getAt';
import { isDeepEqual } from '@/core/values/isDeepEqual';
import { Memo } from '@/core/memo/Memo';
import { useDispatch, useSession } from '@/state/sessionStore';
import { useChecked } from '@/state/useValuesCheck';
import { useFormRuntime } from './FormRuntimeContext';

/**
 * A selection that keeps its previous result while the new one is deep-equal: every edit re-parses the
 * document, so maps and lists are new objects each time even where nothing changed.
 */
export function useStableSession<T>(select: (session: Session) => T): T {
  const [selected] = useState(() => new Memo<T>(isDeepEqual));
  return useSession((session) => selected.get([session, select], () => select(session)));
}

/** The user's own value at a pointer (undefined when the chart default applies). */
export function useUserValue(pointer: string): unknown {
  return useStableSession((session) => getAt(session.userValues, pointer));
}

export function useFieldProblems(pointer: string): readonly FieldProblem[] {
  const { chart, placer } = useFormRuntime();
  return useChecked(chart, ({ check }) => placer.forField(check.diagnostics, pointer)) as readonly FieldProblem[];
}

export function useSectionCounts(section: string): ProblemCounts {
  const { chart, placer } = useFormRuntime();
  return useChecked(chart, ({ check }) => placer.forSection(check.diagnostics, section)) as ProblemCounts;
}

/**
 * Whether a node with this condition shows, judged on the coalesced values Helm would render with.
 * A change shows with the judgement of the values, after the frame that paints the edit causing it: naming
 * an existing TLS secret paints the typed character first, and the inline certificate below it goes one
 * frame later, so the keystroke does not wait for the form to be laid out again.
 */
export function useIsShown(showIf: ShowIf | undefined): boolean {
  const { chart, visibility } = useFormRuntime();
  return useChecked(chart, ({ check }) => (showIf ? visibility.isShown(showIf, check.values) : true)) as boolean;
}

/** `onChange(undefined)` removes the key, so the chart default applies again. */
export function useValueChange(pointer: string): (value: unknown) => void {
  const dispatch = useDispatch();
  return useCallback(
    (value: unknown) => dispatch(value === undefined ? { type: 'valueReset', pointer } : { type: 'valueSet', pointer, value }),
    [dispatch, pointer],
  );
}

/** Whether any field at or below the pointer shows a problem: a folded group with one must open. */
export function useHasProblemsWithin(pointer: string): boolean {
  const { chart, placer } = useFormRuntime();
  return useChecked(chart, ({ check }) => {
    const placed = placer.place(check.diagnostics);
    for (const at of placed.byField.keys()) if (at === pointer || at.startsWith(`${pointer}/`)) return true;
    return false;
  }) as boolean;
}
