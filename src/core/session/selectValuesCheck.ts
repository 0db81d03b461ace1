import type { Chart } from '../chart/createChart';
import { MemoKey } from '../memo/Memo';
import { checkDocument, type ValuesCheck } from '../validate/checkValuesText';
import { applyHelmVerdict } from '../helm-errors/applyHelmVerdict';
import type { Session } from './sessionReducer';

const studioCheck = new MemoKey<ValuesCheck>('the studio check of the session values');
const judgedCheck = new MemoKey<ValuesCheck>('the studio check with Helm verdict over it');

/**
 * The judgement of the session's values: the studio's checks, with Helm's verdict over them when Helm has
 * given one (see applyHelmVerdict). Computed once per change, however many components ask.
 */
export function selectValuesCheck(session: Session, chart: Chart): ValuesCheck {
  const check = selectStudioCheck(session, chart);
  if (!session.textParses || session.helm === undefined) return check;
  const { helm } = session;
  return chart.memos.of(judgedCheck).get([check, helm], () => applyHelmVerdict(check, helm));
}

/**
 * The studio's own judgement of the session's values, computed once per change of the values. While the
 * text does not parse, its syntax errors are the problems and the last good values stand.
 */
export function selectStudioCheck(session: Session, chart: Chart): ValuesCheck {
  return chart.memos.of(studioCheck).get([session.userValues, session.parseIssues, session.textParses, session.joinTokenSource], () => {
    const judged = checkDocument(session.document, session.userValues, session.textParses ? session.parseIssues : [], chart, { joinToken: session.joinTokenSource });
    return session.textParses ? judged : { ...judged, diagnostics: session.parseIssues };
  });
}
