import type { Diagnostic } from '@/core/diagnostics/Diagnostic';

interface ProblemListProps {
  diagnostics: readonly Diagnostic[];
  onSelect?: (diagnostic: Diagnostic) => void;
  /** The words of the known fix for a problem, if any: the problem then gets a Fix button. */
  fixTitle?: (diagnostic: Diagnostic) => string | undefined;
  onFix?: (diagnostic: Diagnostic) => void;
}

/**
 * How many problems the list shows. A pasted file can carry tens of thousands of syntax errors; listing
 * them all would build a page the browser takes seconds to lay out, and nobody reads past the first ones
 * (one broken line often makes the lines after it errors too). The counts always cover them all.
 */
const PROBLEMS_LISTED = 200;

/** The problems in one list, errors first, each naming where it is so the user can go there. */
export function ProblemList({ diagnostics, onSelect, fixTitle, onFix }: ProblemListProps) {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const listed = [...errors, ...warnings].slice(0, PROBLEMS_LISTED);
  const unlisted = diagnostics.length - listed.length;
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
          {withKeys(listed).map(({ key, d }) => {
            const fix = fixTitle?.(d);
            return (
            <li key={key} className={`problem problem--${d.severity}`}>
              <button type="button" className="problem__button" onClick={() => onSelect?.(d)}>
                <span className="problem__severity">{d.severity === 'error' ? 'Error' : 'Warning'}</span>
                <span className="problem__where">
                  {d.pointer !== '' ? `${d.pointer} · line ${d.line}` : d.object ? objectName(d.object) : `document · line ${d.line}`}
                </span>
                <span className="problem__message">{d.message}</span>
              </button>
              {fix && (
                <button type="button" className="button button--small problem__fix" aria-label={`Fix: ${fix}`} onClick={() => onFix?.(d)}>
                  Fix: {fix}
                </button>
              )}
            </li>
            );
          })}
        </ul>
      )}
      {unlisted > 0 && (
        <p className="problems__more">
          …and {unlisted.toLocaleString('en')} more not listed. Fix the first ones: a broken line often makes the lines after it
          errors too.
        </p>
      )}
    </section>
  );
}

/** Keys that stay with a problem while others come and go; a repeat of the same one is numbered. */
function withKeys(diagnostics: readonly Diagnostic[]): { key: string; d: Diagnostic }[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const base = `${d.severity}:${d.line}:${d.column}:${d.pointer}:${d.message}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    return { key: repeat === 0 ? base : `${base}#${repeat}`, d };
  });
}

/** `Deployment/cra-agent/management` (an object's key: kind, namespace, name) → `Deployment management`. */
function objectName(key: string): string {
  const [kind = '', , name = ''] = key.split('/');
  return `${kind} ${name}`;
}

function summary(errors: number, warnings: number): string {
  const parts = [`${errors.toLocaleString('en')} ${errors === 1 ? 'error' : 'errors'}`, `${warnings.toLocaleString('en')} ${warnings === 1 ? 'warning' : 'warnings'}`];
  return parts.join(', ');
}
