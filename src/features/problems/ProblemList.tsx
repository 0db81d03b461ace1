import type { Diagnostic } from '@/core/diagnostics/Diagnostic';

interface ProblemListProps {
  diagnostics: readonly Diagnostic[];
  onSelect?: (diagnostic: Diagnostic) => void;
}

/** Every problem in one list, errors first, each naming where it is so the user can go there. */
export function ProblemList({ diagnostics, onSelect }: ProblemListProps) {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        Problems <span className="problems__summary">{summary(errors.length, warnings.length)}</span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="problems__none" role="status">
          No problems: Helm will accept these values.
        </p>
      ) : (
        <ul aria-label="Problems">
          {[...errors, ...warnings].map((d) => (
            <li key={`${d.severity}:${d.pointer}:${d.message}`} className={`problem problem--${d.severity}`}>
              <button type="button" className="problem__button" onClick={() => onSelect?.(d)}>
                <span className="problem__severity">{d.severity === 'error' ? 'Error' : 'Warning'}</span>
                <span className="problem__where">
                  {d.pointer === '' ? 'document' : d.pointer} · line {d.line}
                </span>
                <span className="problem__message">{d.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function summary(errors: number, warnings: number): string {
  const parts = [`${errors} ${errors === 1 ? 'error' : 'errors'}`, `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`];
  return parts.join(', ');
}
