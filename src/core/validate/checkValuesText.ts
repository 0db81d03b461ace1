import type { Diagnostic, Values } from '../diagnostics/Diagnostic';
import { parseValues } from '../yaml/parseValues';
import type { ValuesDocument } from '../yaml/ValuesDocument';
import type { Chart } from '../chart/createChart';
import { valuesGivenAtInstall, type JoinTokenSource } from '../install/joinTokenSource';

interface CheckOptions {
  /**
   * Where the join token comes from. Given at install (`--set join_token=…`), it is judged as present: Helm
   * receives it, though the file does not hold it. Left out, the values are judged as they are, as
   * `helm install -f FILE` alone would.
   */
  joinToken?: JoinTokenSource;
}

export interface ValuesCheck {
  /** The parsed document, or undefined while the text does not parse. */
  document: ValuesDocument | undefined;
  /** The user's own values ({} when the text does not parse). */
  userValues: Values;
  /** The user's values merged over the chart defaults: what Helm renders with. */
  values: Values;
  /** Every problem, in text order, with a line and column in the user's text. */
  diagnostics: Diagnostic[];
}

/** Text in, every problem out: the one entry point the CLI, the form and the editor share. */
export function checkValuesText(text: string, chart: Chart, options: CheckOptions = {}): ValuesCheck {
  const parsed = parseValues(text);
  if (!parsed.ok) {
    return { document: undefined, userValues: {}, values: chart.defaults, diagnostics: sortByPosition(parsed.issues) };
  }
  return checkDocument(parsed.document, parsed.values, parsed.issues, chart, options);
}

/** For a document already parsed (the form edits one in place): judge it and place each problem in its text. */
export function checkDocument(
  document: ValuesDocument,
  userValues: Values,
  parseIssues: readonly Diagnostic[],
  chart: Chart,
  options: CheckOptions = {},
): ValuesCheck {
  const diagnostics: Diagnostic[] = [...parseIssues];
  const atInstall = options.joinToken === undefined ? userValues : valuesGivenAtInstall(userValues, options.joinToken);
  const judged = chart.check(atInstall);
  // What the values render with, as the user sees them: the token given at install is not theirs to see.
  const values = atInstall === userValues ? judged.values : chart.coalesce(userValues);
  const { problems } = judged;
  for (const problem of problems) {
    const { line, column } = document.locate(problem.pointer);
    diagnostics.push({ ...problem, line, column });
  }
  return { document, userValues, values, diagnostics: sortByPosition(diagnostics) };
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.pointer.localeCompare(b.pointer));
}
