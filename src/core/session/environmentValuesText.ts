import { printValues } from '../yaml/printValues';
import type { Session } from './sessionReducer';

const printed = new WeakMap<object, string>();

/**
 * The values file Helm's engine renders the edited environment with: the text itself for a single file or
 * the base; for an environment, its base and overlay merged as `-f base -f overlay` merges them (a `null`
 * kept, so the chart's defaults lose that key as they would in Helm). Printed once per change of the values.
 */
export function environmentValuesText(session: Session): string {
  if (session.environment === undefined) return session.text;
  const known = printed.get(session.userValues);
  if (known !== undefined) return known;
  const text = printValues(session.userValues);
  printed.set(session.userValues, text);
  return text;
}
