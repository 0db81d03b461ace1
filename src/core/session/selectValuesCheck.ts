import type { Chart } from '../chart/createChart';
import { checkDocument, type ValuesCheck } from '../validate/checkValuesText';
import { applyHelmVerdict } from '../helm-errors/applyHelmVerdict';
import type { Session } from './sessionReducer';

const lastCheck = new WeakMap<Chart, { userValues: unknown; parseIssues: unknown; textParses: boolean; joinTokenSource: string; check: ValuesCheck }>();
const lastJudged = new WeakMap<ValuesCheck, { helm: Session['helm']; judged: ValuesCheck }>();

/**
 * The judgement of the session's values: the studio's checks, with Helm's verdict over them when Helm has
 * given one (see applyHelmVerdict). Computed once per change, however many components ask.
 */
export function selectValuesCheck(session: Session, chart: Chart): ValuesCheck {
  const check = selectStudioCheck(session, chart);
  if (!session.textParses || session.helm === undefined) return check;
  const cached = lastJudged.get(check);
  if (cached && cached.helm === session.helm) return cached.judged;
  const judged = applyHelmVerdict(check, session.helm);
  lastJudged.set(check, { helm: session.helm, judged });
  return judged;
}

/**
 * The studio's own judgement of the session's values, computed once per change of the values. While the
 * text does not parse, its syntax errors are the problems and the last good values stand.
 */
export function selectStudioCheck(session: Session, chart: Chart): ValuesCheck {
  const cached = lastCheck.get(chart);
  const { joinTokenSource } = session;
  if (
    cached &&
    cached.userValues === session.userValues &&
    cached.parseIssues === session.parseIssues &&
    cached.textParses === session.textParses &&
    cached.joinTokenSource === joinTokenSource
  ) {
    return cached.check;
  }
  const judged = checkDocument(session.document, session.userValues, session.textParses ? session.parseIssues : [], chart, { joinToken: joinTokenSource });
  const check = session.textParses ? judged : { ...judged, diagnostics: session.parseIssues };
  lastCheck.set(chart, { userValues: session.userValues, parseIssues: session.parseIssues, textParses: session.textParses, joinTokenSource, check });
  return check;
}
