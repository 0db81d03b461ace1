import type { FieldProblem } from '@/core/form/placeDiagnostics';

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
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
