import type { Diagnostic, DiagnosticSource } from '../diagnostics/Diagnostic';
import { getAt } from '../values/getAt';
import { isDeepEqual } from '../values/isDeepEqual';
import type { ValuesCheck } from '../validate/checkValuesText';
import type { ValuesDocument } from '../yaml/ValuesDocument';
import type { HelmVerdict } from './HelmVerdict';

/** The studio's checks that stand for a stage of Helm's: its schema check, and the chart's templates. */
const helmStageOf: Partial<Record<DiagnosticSource, 'schema' | 'render'>> = { schema: 'schema', rule: 'render' };

/** The stages Helm completed before stopping where it did (`null`: it rendered everything). */
function passedStages(failedAt: string | null): ReadonlySet<string> {
  if (failedAt === null || failedAt === 'yaml') return new Set(['schema', 'render']);
  if (failedAt === 'render') return new Set(['schema']);
  return new Set();
}

/**
 * The studio's judgement with Helm's verdict over it. Helm's complaints are errors at their values (source
 * "helm"). Where the studio calls a value an error that Helm judged and let through — its schema check passed,
 * or every template ran — Helm decides: it is a warning, still shown with its fix. A value the user changed
 * since Helm's verdict keeps the studio's judgement until Helm has seen it. A stale verdict (Helm did not
 * finish judging the latest values) is shown for what it is and decides nothing. A key the studio calls
 * unknown that leads to a value Helm complained about is one the chart reads: that warning goes.
 */
export function applyHelmVerdict(check: ValuesCheck, verdict: HelmVerdict | undefined): ValuesCheck {
  if (!verdict || !check.document) return check;
  const document = check.document;
  const stale = verdict.staleBecause !== undefined;
  const passed = stale ? new Set<string>() : passedStages(verdict.failedAt);
  // A key the studio thinks nothing reads, on the path to a value Helm complained about: Helm read it.
  const readByHelm = (pointer: string) => !stale && verdict.problems.some((problem) => problem.pointer === pointer || problem.pointer.startsWith(`${pointer}/`));
  const judged = check.diagnostics.filter((diagnostic) => !(diagnostic.source === 'unknown-key' && readByHelm(diagnostic.pointer))).map((diagnostic) => {
    const stage = helmStageOf[diagnostic.source];
    if (diagnostic.severity !== 'error' || stage === undefined || !passed.has(stage)) return diagnostic;
    if (!isDeepEqual(getAt(verdict.userValues, diagnostic.pointer), getAt(check.userValues, diagnostic.pointer))) return diagnostic;
    return { ...diagnostic, severity: 'warning' as const, message: `${diagnostic.message} (Helm accepts this value.)` };
  });
  const earlier = (message: string) => (stale ? `${message} (Helm's verdict on earlier values: ${verdict.staleBecause}.)` : message);
  const helm = verdict.problems.map((problem) => helmDiagnostic(document, problem.pointer, earlier(problem.message)));
  // A refusal at a value the user has changed since is about values no longer there.
  const kubernetes = (verdict.kubernetes ?? [])
    .filter((problem) => isDeepEqual(getAt(verdict.userValues, problem.pointer), getAt(check.userValues, problem.pointer)))
    .map((problem) => ({ ...helmDiagnostic(document, problem.pointer, earlier(problem.message)), source: 'kubernetes' as const, ...(problem.object ? { object: problem.object } : {}) }));
  return { ...check, diagnostics: [...judged, ...helm, ...kubernetes].sort((a, b) => a.line - b.line || a.column - b.column || a.pointer.localeCompare(b.pointer)) };
}

function helmDiagnostic(document: ValuesDocument, pointer: string, message: string): Diagnostic {
  const { line, column } = document.locate(pointer);
  return { pointer, severity: 'error', message, line, column, source: 'helm' };
}
