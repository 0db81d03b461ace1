import type { FieldProblem } from '@/core/form/placeDiagnostics';
import { quickFix, quickFixTitle } from '@/core/fixes/quickFix';
import { useDispatch, useSession, useSessionStore } from '@/state/sessionStore';

interface FieldProblemsProps {
  id: string;
  problems: readonly FieldProblem[];
  describeWithin(within: string): string;
}

/** The problems of one field, errors before warnings, each marked so they read differently without colour. */
export function FieldProblems({ id, problems, describeWithin }: FieldProblemsProps) {
  if (problems.length === 0) return null;
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
  return (
    <ul id={id} className="field__problems">
      {ordered.map((problem) => (
        <li key={`${problem.severity}:${problem.within}:${problem.message}`} className={`field-problem field-problem--${problem.severity}`}>
          <span className="field-problem__severity">{problem.severity === 'error' ? 'Error:' : 'Warning:'}</span>{' '}
          {problem.within !== '' && <span className="field-problem__within">{describeWithin(problem.within)}: </span>}
          {problem.message} <ProblemFix problem={problem} />
        </li>
      ))}
    </ul>
  );
}

/** The one-click fix for a problem, when the studio knows one (a did-you-mean key, a moved key, a close value). */
function ProblemFix({ problem }: { problem: FieldProblem }) {
  const store = useSessionStore();
  const dispatch = useDispatch();
  const title = useSession((session) => quickFixTitle(session, problem.diagnostic));
  if (!title) return null;
  return (
    <button
      type="button"
      className="button button--small field-problem__fix"
      onClick={() => {
        const fix = quickFix(store.getState(), problem.diagnostic);
        if (fix) dispatch({ type: 'fixApplied', text: fix.text });
      }}
    >
      {title}
    </button>
  );
}
