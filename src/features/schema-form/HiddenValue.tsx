import type { FieldProblem } from '@/core/form/placeDiagnostics';
import { useDispatch } from '@/state/sessionStore';
import { FieldProblems } from './FieldProblems';
import { describeWithin, fieldId } from './fieldId';

/**
 * A value whose condition no longer holds but which the user set: it stays in the values (switching the
 * condition back must not lose it) and says so here, with a way to clear it.
 */
export function HiddenValue({ pointer, title, problems }: { pointer: string; title: string; problems: readonly FieldProblem[] }) {
  const dispatch = useDispatch();
  return (
    <div className="field field--hidden" data-pointer={pointer}>
      <p className="field__note">
        <strong>{title}</strong> does not apply with the current settings, but keeps the value you set.{' '}
        <button type="button" className="button button--link" aria-label={`Clear ${title}`} onClick={() => dispatch({ type: 'valueReset', pointer })}>
          Clear
        </button>
      </p>
      <FieldProblems id={`${fieldId(pointer)}-problems`} problems={problems} describeWithin={describeWithin} />
    </div>
  );
}
