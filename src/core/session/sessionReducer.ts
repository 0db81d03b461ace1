import type { Diagnostic, Values } from '../diagnostics/Diagnostic';
import { parseValues } from '../yaml/parseValues';
import type { ValuesDocument } from '../yaml/ValuesDocument';
import type { HelmVerdict } from '../helm-errors/HelmVerdict';
import { defaultJoinTokenSource, valuesLeftBehind, type JoinTokenSource } from '../install/joinTokenSource';
import type { Layer, Workspace } from '../workspace/Workspace';
import { mergeLayers } from '../workspace/readWorkspace';
import { sameChartRef, type ChartRef } from '../chart/ChartRef';

/**
 * The session: the user's values text and the last version of it that parsed. The text is the source of
 * truth (it carries the user's comments); the form edits the parsed document and the text follows.
 */
export interface Session {
  /** The chart the values are for. */
  chartRef: ChartRef;
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
  /**
   * A workspace's environments, each overlay as written (the edited one as `text` has it); empty for a single
   * file, which is all a session is until the user adds an environment.
   */
  overlays: readonly Layer[];
  /** The environment whose overlay `text` is; undefined while the base (or a single file) is edited. */
  environment: string | undefined;
  /** The base file as written: `text` itself while the base is edited. */
  baseText: string;
  /** The base's own values, as last parsed: an environment's values are these with its overlay merged over them. */
  baseValues: Values;
  /**
   * The edited layer's own values (the file `text` holds), where `userValues` are what Helm gets for the
   * environment: `-f base -f overlay` merged. For the base or a single file they are the same object.
   */
  layerValues: Values;
  /** The name the workspace's files are written under, from the files it was imported from. */
  fileStem?: string;
}

/** One value to write, or to remove (`value: undefined`) so the chart default applies again. */
export interface ValueChange {
  pointer: string;
  value: unknown;
}

/** One step of the undo history: the text, and the chart it was written for (a switch carries values across). */
export interface HistoryEntry {
  text: string;
  chartRef: ChartRef;
  /** A workspace's layers at that step, and which one was edited (`text` is that one); absent for a single file. */
  layers?: HistoryLayers;
}

export interface HistoryLayers {
  base: string;
  overlays: readonly Layer[];
  environment: string | undefined;
}

export type SessionAction =
  | { type: 'textEdited'; text: string }
  | { type: 'valueSet'; pointer: string; value: unknown }
  | { type: 'valueReset'; pointer: string }
  /** Several values at once, one undo step (a fix that moves a key, a registry for every image). */
  | { type: 'valuesChanged'; changes: readonly ValueChange[] }
  /** Another chart, the text as it is (a chart the values need not be carried to, or no way to carry them). */
  | { type: 'chartSelected'; chartRef: ChartRef }
  /** Another chart, with the values carried across to its layout: one step, so Undo brings both back. */
  | { type: 'chartMigrated'; chartRef: ChartRef; text: string; layers?: HistoryLayers }
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
  /** A share link was opened: its values (a workspace's overlays too), its chart version and where its token comes from replace the session's. */
  | { type: 'shareOpened'; text: string; chartRef: ChartRef; joinTokenSource?: JoinTokenSource; overlays?: readonly Layer[] }
  /** A new environment: an overlay (empty, or the text given) over the base, edited from now on. One undo step. */
  | { type: 'environmentAdded'; name: string; text?: string }
  /** An environment and its overlay go; the base is edited if it was the one. One undo step. */
  | { type: 'environmentRemoved'; name: string }
  /** Edit another layer: an environment's overlay (shown merged over the base), or the base (`undefined`). */
  | { type: 'environmentSelected'; environment: string | undefined }
  /**
   * A value for every environment: written in the base, and the edited overlay's own value there removed so
   * the base's shows through. One undo step.
   */
  | { type: 'valueSetInBase'; pointer: string; value: unknown }
  /** Several files as a workspace replace the session's values (an import of a base and its overlays). */
  | { type: 'workspaceImported'; workspace: Workspace; environment?: string }
  /**
   * The user chose where the join token comes from. Moving away from a token written in the file, or from a
   * Secret named for it, takes that value out of the file (one undo step), or it would still decide.
   */
  | { type: 'joinTokenSourceChosen'; source: JoinTokenSource }
  /** The work a share link replaced comes back, text and chart (and a workspace's layers) together: one undo step. */
  | { type: 'workBroughtBack'; text: string; chartRef: ChartRef; layers?: HistoryLayers }
  /** Helm's engine judged the values (it renders in the background; never on the path of an edit). */
  | { type: 'helmJudged'; chartRef: ChartRef; verdict: HelmVerdict }
  /** Helm could not judge the latest values (e.g. it ran past its time limit): its last verdict is stale. */
  | { type: 'helmUnfinished'; chartRef: ChartRef; reason: string }
  /** The chart has no archive for Helm to render: only the studio's checks judge. */
  | { type: 'helmUnavailable' };

const historyLimit = 200;

/**
 * `history` carries an undo history over from an earlier page (saved work restored at start-up); `layers`
 * a workspace's (then `text` is the edited layer's).
 */
export function createSession(
  chartRef: ChartRef,
  text: string,
  history: Pick<Session, 'past' | 'future'> = { past: [], future: [] },
  joinTokenSource: JoinTokenSource = defaultJoinTokenSource,
  layers?: HistoryLayers,
): Session {
  const parsed = parseValues(text);
  const fallback = parsed.ok ? parsed : emptyParse();
  const session: Session = {
    chartRef,
    text,
    document: fallback.document,
    userValues: fallback.values,
    parseIssues: parsed.issues,
    textParses: parsed.ok,
    past: history.past,
    future: history.future,
    helm: undefined,
    joinTokenSource,
    overlays: [],
    environment: undefined,
    baseText: text,
    baseValues: fallback.values,
    layerValues: fallback.values,
  };
  return layers ? withLayers(session, layers, false) : session;
}

/**
 * Helm's verdict belongs to the chart it rendered: another chart starts without one. The same chart keeps its
 * very reference object (an undo step or a link may name it anew), so whoever compares by identity sees no change.
 */
export function sessionReducer(session: Session, action: SessionAction): Session {
  const next = reduce(session, action);
  if (next.chartRef === session.chartRef) return next;
  if (sameChartRef(next.chartRef, session.chartRef)) return { ...next, chartRef: session.chartRef };
  return next.helm !== undefined ? { ...next, helm: undefined } : next;
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
    // "New" starts over from one empty file: a workspace's environments go too.
    case 'sessionReset':
      if (session.text === '' && session.overlays.length === 0 && session.environment === undefined) return session;
      return { ...withLayers(session, singleLayers(''), true), joinTokenSource: defaultJoinTokenSource };
    case 'shareOpened': {
      const layers = action.overlays?.length ? { base: action.text, overlays: action.overlays, environment: action.overlays[0]?.name } : singleLayers(action.text);
      if (isSameWork(session, layers) && sameChartRef(action.chartRef, session.chartRef)) return session;
      return { ...withLayers(session, layers, true), chartRef: action.chartRef, joinTokenSource: action.joinTokenSource ?? defaultJoinTokenSource };
    }
    case 'workBroughtBack': {
      const layers = action.layers ?? singleLayers(action.text);
      if (isSameWork(session, layers) && sameChartRef(action.chartRef, session.chartRef)) return session;
      return { ...withLayers(session, layers, true), chartRef: action.chartRef };
    }
    case 'environmentAdded':
      if (session.overlays.some((overlay) => overlay.name === action.name)) return session;
      return withLayers(session, { ...layersOf(session), overlays: [...session.overlays, { name: action.name, text: action.text ?? '' }], environment: action.name }, true);
    case 'environmentRemoved': {
      if (!session.overlays.some((overlay) => overlay.name === action.name)) return session;
      const environment = session.environment === action.name ? undefined : session.environment;
      return withLayers(session, { ...layersOf(session), overlays: session.overlays.filter((overlay) => overlay.name !== action.name), environment }, true);
    }
    case 'environmentSelected':
      if (action.environment === session.environment) return session;
      if (action.environment !== undefined && !session.overlays.some((overlay) => overlay.name === action.environment)) return session;
      return withLayers(session, { ...layersOf(session), environment: action.environment }, false);
    case 'valueSetInBase':
      return setInBase(session, action.pointer, action.value);
    case 'workspaceImported': {
      const { base, overlays, fileStem } = action.workspace;
      const layers = { base, overlays, environment: action.environment ?? overlays[0]?.name };
      const imported = { ...withLayers(session, layers, true), joinTokenSource: defaultJoinTokenSource };
      return fileStem === undefined ? imported : { ...imported, fileStem };
    }
    case 'chartSelected':
      return sameChartRef(action.chartRef, session.chartRef) ? session : { ...session, chartRef: action.chartRef };
    case 'chartMigrated': {
      const layers = action.layers ?? { ...layersOf(session), ...(session.environment === undefined ? { base: action.text } : {}) };
      if (sameChartRef(action.chartRef, session.chartRef) && action.text === session.text && isSameWork(session, layers)) return session;
      return { ...withLayers(session, layers, true, action.text), chartRef: action.chartRef };
    }
    case 'undo': {
      const previous = session.past[session.past.length - 1];
      if (previous === undefined) return session;
      return { ...restore(session, previous), past: session.past.slice(0, -1), future: [entryOf(session), ...session.future] };
    }
    case 'helmJudged':
      return sameChartRef(action.chartRef, session.chartRef) ? { ...session, helm: action.verdict } : session;
    case 'helmUnfinished':
      if (!sameChartRef(action.chartRef, session.chartRef) || !session.helm) return session;
      return { ...session, helm: { ...session.helm, staleBecause: action.reason } };
    case 'helmUnavailable':
      return session.helm === undefined ? session : { ...session, helm: undefined };
    case 'redo': {
      const [next, ...rest] = session.future;
      if (next === undefined) return session;
      return { ...restore(session, next), past: remember(session.past, session), future: rest };
    }
  }
}

function withChanges(session: Session, changes: readonly ValueChange[]): Session {
  if (!session.textParses || changes.length === 0) return session;
  const swapped = swappedScalar(session, changes);
  if (swapped) {
    const text = swapped.toString();
    if (text === session.text) return session;
    return { ...session, text, document: swapped, userValues: swapped.toValues(), past: remember(session.past, session), future: [] };
  }
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
  const next = reparsed.ok ? { document: reparsed.document, layerValues: reparsed.values } : { document, layerValues: document.toValues() };
  return settle({ ...session, text, ...next, parseIssues: reparsed.issues, past: remember(session.past, session), future: [] });
}

/**
 * A keystroke in a form field: one scalar written over another in the text, in time that does not grow
 * with the file (see ValuesDocument.withScalar). The parse issues stay those of the text, unless one is
 * about the value being replaced; then, and for any other edit, the caller takes the general way.
 */
function swappedScalar(session: Session, changes: readonly ValueChange[]): ValuesDocument | undefined {
  const [change] = changes;
  if (changes.length !== 1 || change === undefined || change.value === undefined) return undefined;
  if (session.parseIssues.some((issue) => issue.pointer === change.pointer)) return undefined;
  return session.document.withScalar(change.pointer, change.value);
}

function withText(session: Session, text: string, recordHistory: boolean): Session {
  const parsed = parseValues(text);
  const history = recordHistory ? { past: remember(session.past, session), future: [] } : {};
  if (!parsed.ok) return settle({ ...session, text, parseIssues: parsed.issues, textParses: false, ...history });
  return settle({ ...session, text, document: parsed.document, layerValues: parsed.values, parseIssues: parsed.issues, textParses: true, ...history });
}

/**
 * The edited layer's text and values written into the workspace, and the environment's values made again:
 * the base's own for the base, the base and the overlay merged as Helm merges `-f` files for an overlay.
 */
function settle(session: Session): Session {
  if (session.environment === undefined) {
    const baseValues = session.textParses ? session.layerValues : session.baseValues;
    return { ...session, baseText: session.text, baseValues, userValues: session.layerValues };
  }
  const overlays = session.overlays.map((overlay) => (overlay.name === session.environment && overlay.text !== session.text ? { ...overlay, text: session.text } : overlay));
  return { ...session, overlays, userValues: mergeLayers(session.baseValues, session.layerValues) };
}

/** Another set of layers (or another layer of the same ones) becomes the edited one. */
function withLayers(session: Session, layers: HistoryLayers, recordHistory: boolean, editedText?: string): Session {
  const history = recordHistory ? { past: remember(session.past, session), future: [] } : {};
  const environment = layers.environment !== undefined && layers.overlays.some((overlay) => overlay.name === layers.environment) ? layers.environment : undefined;
  const parsedBase = parseValues(layers.base);
  const baseValues = parsedBase.ok ? parsedBase.values : environment === undefined ? session.baseValues : {};
  const text = editedText ?? (environment === undefined ? layers.base : (layers.overlays.find((overlay) => overlay.name === environment)?.text ?? ''));
  const base = { ...session, ...history, overlays: layers.overlays, environment, baseText: layers.base, baseValues };
  return withText(base, text, false);
}

/** Written in the base for every environment; the edited overlay's own value there goes, so the base's shows. */
function setInBase(session: Session, pointer: string, value: unknown): Session {
  if (session.environment === undefined) return withChanges(session, [{ pointer, value }]);
  const parsedBase = parseValues(session.baseText);
  if (!parsedBase.ok || !session.textParses) return session;
  parsedBase.document.set(pointer, value);
  const overlay = session.document.clone();
  overlay.unset(pointer);
  const overlayText = overlay.toString();
  const overlays = session.overlays.map((layer) => (layer.name === session.environment ? { ...layer, text: overlayText } : layer));
  return withLayers(session, { base: parsedBase.document.toString(), overlays, environment: session.environment }, true);
}

function restore(session: Session, entry: HistoryEntry): Session {
  return { ...withLayers(session, entry.layers ?? singleLayers(entry.text), false), chartRef: entry.chartRef };
}

function layersOf(session: Session): HistoryLayers {
  return { base: session.baseText, overlays: session.overlays, environment: session.environment };
}

function singleLayers(text: string): HistoryLayers {
  return { base: text, overlays: [], environment: undefined };
}

function isSameWork(session: Session, layers: HistoryLayers): boolean {
  const current = layersOf(session);
  return (
    current.base === layers.base &&
    current.environment === layers.environment &&
    current.overlays.length === layers.overlays.length &&
    current.overlays.every((overlay, index) => overlay.name === layers.overlays[index]?.name && overlay.text === layers.overlays[index]?.text)
  );
}

/** A single file's step is its text alone, as before workspaces; a workspace's step holds every layer. */
function entryOf(session: Session): HistoryEntry {
  const entry = { text: session.text, chartRef: session.chartRef };
  return session.overlays.length === 0 && session.environment === undefined ? entry : { ...entry, layers: layersOf(session) };
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
