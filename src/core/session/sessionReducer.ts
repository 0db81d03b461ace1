import type { Diagnostic, Values } from '../diagnostics/Diagnostic';
import { parseValues } from '../yaml/parseValues';
import type { ValuesDocument } from '../yaml/ValuesDocument';
import type { HelmVerdict } from '../helm-errors/HelmVerdict';
import { defaultJoinTokenSource, valuesLeftBehind, type JoinTokenSource } from '../install/joinTokenSource';

/**
 * The session: the user's values text and the last version of it that parsed. The text is the source of
 * truth (it carries the user's comments); the form edits the parsed document and the text follows.
 */
export interface Session {
  chartVersion: string;
  text: string;
  /** The last text that parsed, as a document; the form shows it while the text does not parse. */
  document: ValuesDocument;
  userValues: Values;
  /** Diagnostics from parsing the current text: syntax errors while it does not parse, else e.g. duplicate keys. */
  parseIssues: Diagnostic[];
  /** False while the text does not parse; the form then shows the last good values and does not edit. */
  textParses: boolean;
  /** Earlier and undone states, for one undo history across form and editor edits and chart switches. */
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Helm's latest verdict on the values for this chart, when its engine has the chart's archive. */
  helm: HelmVerdict | undefined;
  /**
   * Where the user said the join token comes from. A token written in the file or a Secret named for it
   * overrides it (see joinTokenSourceOf); it decides alone while neither is there.
   */
  joinTokenSource: JoinTokenSource;
}

/** One value to write, or to remove (`value: undefined`) so the chart default applies again. */
export interface ValueChange {
  pointer: string;
  value: unknown;
}

/** One step of the undo history: the text, and the chart it was written for (a switch carries values across). */
export interface HistoryEntry {
  text: string;
  chartVersion: string;
}

export type SessionAction =
  | { type: 'textEdited'; text: string }
  | { type: 'valueSet'; pointer: string; value: unknown }
  | { type: 'valueReset'; pointer: string }
  /** Several values at once, one undo step (a fix that moves a key, a registry for every image). */
  | { type: 'valuesChanged'; changes: readonly ValueChange[] }
  /** Another chart, the text as it is (a chart the values need not be carried to, or no way to carry them). */
  | { type: 'chartSelected'; version: string }
  /** Another chart, with the values carried across to its layout: one step, so Undo brings both back. */
  | { type: 'chartMigrated'; version: string; text: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A whole file replaces the text (picker, drop or paste); undo brings the previous text back. */
  | { type: 'fileImported'; text: string }
  | { type: 'presetApplied'; text: string }
  /** A file merged into the current values (Helm's merge of a later -f file); undo brings the previous text back. */
  | { type: 'fileMerged'; text: string }
  /** A quick fix for one problem rewrote the text; undo brings the problem back. */
  | { type: 'fixApplied'; text: string }
  /** "New": an empty file, after the user confirmed. */
  | { type: 'sessionReset' }
  /** A share link was opened: its values, its chart version and where its token comes from replace the session's. */
  | { type: 'shareOpened'; text: string; chartVersion: string; joinTokenSource?: JoinTokenSource }
  /**
   * The user chose where the join token comes from. Moving away from a token written in the file, or from a
   * Secret named for it, takes that value out of the file (one undo step), or it would still decide.
   */
  | { type: 'joinTokenSourceChosen'; source: JoinTokenSource }
  /** The work a share link replaced comes back, text and chart together: one undo step. */
  | { type: 'workBroughtBack'; text: string; chartVersion: string }
  /** Helm's engine judged the values (it renders in the background; never on the path of an edit). */
  | { type: 'helmJudged'; chartVersion: string; verdict: HelmVerdict }
  /** Helm could not judge the latest values (e.g. it ran past its time limit): its last verdict is stale. */
  | { type: 'helmUnfinished'; chartVersion: string; reason: string }
  /** The chart has no archive for Helm to render: only the studio's checks judge. */
  | { type: 'helmUnavailable' };

const historyLimit = 200;

/** `history` carries an undo history over from an earlier page (saved work restored at start-up). */
export function createSession(
  chartVersion: string,
  text: string,
  history: Pick<Session, 'past' | 'future'> = { past: [], future: [] },
  joinTokenSource: JoinTokenSource = defaultJoinTokenSource,
): Session {
  const parsed = parseValues(text);
  const fallback = parsed.ok ? parsed : emptyParse();
  return {
    chartVersion,
    text,
    document: fallback.document,
    userValues: fallback.values,
    parseIssues: parsed.issues,
    textParses: parsed.ok,
    past: history.past,
    future: history.future,
    helm: undefined,
    joinTokenSource,
  };
}

/** Helm's verdict belongs to the chart it rendered: another chart starts without one. */
export function sessionReducer(session: Session, action: SessionAction): Session {
  const next = reduce(session, action);
  return next.chartVersion !== session.chartVersion && next.helm !== undefined ? { ...next, helm: undefined } : next;
}

function reduce(session: Session, action: SessionAction): Session {
  switch (action.type) {
    case 'textEdited':
      return action.text === session.text ? session : withText(session, action.text, true);
    case 'valueSet':
      return withChanges(session, [{ pointer: action.pointer, value: action.value }]);
    case 'valueReset':
      return withChanges(session, [{ pointer: action.pointer, value: undefined }]);
    case 'valuesChanged':
      return withChanges(session, action.changes);
    case 'joinTokenSourceChosen': {
      const leaving = valuesLeftBehind(session.userValues, action.source);
      const edited = withChanges(session, leaving.map((pointer) => ({ pointer, value: undefined })));
      return edited.joinTokenSource === action.source ? edited : { ...edited, joinTokenSource: action.source };
    }
    // A new text starts where a new file does: the token given at install, unless the text says otherwise.
    case 'fileImported':
    case 'presetApplied':
      return action.text === session.text ? session : { ...withText(session, action.text, true), joinTokenSource: defaultJoinTokenSource };
    case 'fixApplied':
    case 'fileMerged':
      return action.text === session.text ? session : withText(session, action.text, true);
    case 'sessionReset':
      return session.text === '' ? session : { ...withText(session, '', true), joinTokenSource: defaultJoinTokenSource };
    case 'shareOpened':
      if (action.text === session.text && action.chartVersion === session.chartVersion) return session;
      return { ...withText(session, action.text, true), chartVersion: action.chartVersion, joinTokenSource: action.joinTokenSource ?? defaultJoinTokenSource };
    case 'workBroughtBack':
      if (action.text === session.text && action.chartVersion === session.chartVersion) return session;
      return { ...withText(session, action.text, true), chartVersion: action.chartVersion };
    case 'chartSelected':
      return action.version === session.chartVersion ? session : { ...session, chartVersion: action.version };
    case 'chartMigrated':
      if (action.version === session.chartVersion && action.text === session.text) return session;
      return { ...withText(session, action.text, true), chartVersion: action.version };
    case 'undo': {
      const previous = session.past[session.past.length - 1];
      if (previous === undefined) return session;
      return { ...withText(session, previous.text, false), chartVersion: previous.chartVersion, past: session.past.slice(0, -1), future: [entryOf(session), ...session.future] };
    }
    case 'helmJudged':
      return action.chartVersion === session.chartVersion ? { ...session, helm: action.verdict } : session;
    case 'helmUnfinished':
      if (action.chartVersion !== session.chartVersion || !session.helm) return session;
      return { ...session, helm: { ...session.helm, staleBecause: action.reason } };
    case 'helmUnavailable':
      return session.helm === undefined ? session : { ...session, helm: undefined };
    case 'redo': {
      const [next, ...rest] = session.future;
      if (next === undefined) return session;
      return { ...withText(session, next.text, false), chartVersion: next.chartVersion, past: remember(session.past, session), future: rest };
    }
  }
}

function withChanges(session: Session, changes: readonly ValueChange[]): Session {
  if (!session.textParses || changes.length === 0) return session;
  const document = session.document.clone();
  for (const { pointer, value } of changes) {
    if (value === undefined) document.unset(pointer);
    else document.set(pointer, value);
  }
  const text = document.toString();
  if (text === session.text) return session;
  // One parse of the printed text gives the document with positions (for the problems' lines), the
  // values and the issues: cheaper than converting the edited document and locating in it later.
  const reparsed = parseValues(text);
  const next = reparsed.ok ? { document: reparsed.document, userValues: reparsed.values } : { document, userValues: document.toValues() };
  return { ...session, text, ...next, parseIssues: reparsed.issues, past: remember(session.past, session), future: [] };
}

function withText(session: Session, text: string, recordHistory: boolean): Session {
  const parsed = parseValues(text);
  const history = recordHistory ? { past: remember(session.past, session), future: [] } : {};
  if (!parsed.ok) return { ...session, text, parseIssues: parsed.issues, textParses: false, ...history };
  return { ...session, text, document: parsed.document, userValues: parsed.values, parseIssues: parsed.issues, textParses: true, ...history };
}

function entryOf(session: Session): HistoryEntry {
  return { text: session.text, chartVersion: session.chartVersion };
}

function remember(past: HistoryEntry[], session: Session): HistoryEntry[] {
  const next = [...past, entryOf(session)];
  return next.length > historyLimit ? next.slice(next.length - historyLimit) : next;
}

function emptyParse() {
  const parsed = parseValues('');
  if (!parsed.ok) throw new Error('an empty values file must parse');
  return parsed;
}
