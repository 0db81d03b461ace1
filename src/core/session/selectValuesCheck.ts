import type { ChartValidator } from '../validate/createChartValidator';
import { checkDocument, type ValuesCheck } from '../validate/checkValuesText';
import type { Session } from './sessionReducer';

const lastCheck = new WeakMap<ChartValidator, { userValues: unknown; parseIssues: unknown; textParses: boolean; check: ValuesCheck }>();

/**
 * The judgement of the session's values, computed once per change of the values however many components
 * ask. While the text does not parse, its syntax errors are the problems and the last good values stand.
 */
export function selectValuesCheck(session: Session, validator: ChartValidator): ValuesCheck {
  const cached = lastCheck.get(validator);
  if (cached && cached.userValues === session.userValues && cached.parseIssues === session.parseIssues && cached.textParses === session.textParses) {
    return cached.check;
  }
  const judged = checkDocument(session.document, session.userValues, session.textParses ? session.parseIssues : [], validator);
  const check = session.textParses ? judged : { ...judged, diagnostics: session.parseIssues };
  lastCheck.set(validator, { userValues: session.userValues, parseIssues: session.parseIssues, textParses: session.textParses, check });
  return check;
}
