import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '@/core/diagnostics/Diagnostic';
import { markerRangesIn } from '@/core/editor/markerRange';
import { afterNextPaint, afterPause } from '@/state/later';
import { minimalEdit } from '@/core/editor/minimalEdit';
import { Memo } from '@/core/memo/Memo';
import { isDeepEqual } from '@/core/values/isDeepEqual';
import type { Chart } from '@/core/chart/createChart';
import { isSecretPointer } from '@/core/secrets/isSecretPointer';
import { applyEditToMasked, maskSecrets, unmasked, type MaskedText } from '@/core/secrets/maskSecrets';
import { useDispatch, useSession, useSessionStore } from '@/state/sessionStore';
import { announceTypedText } from '@/state/typedText';
import { monaco } from './monaco';
import { registerValuesLanguageSupport } from './registerValuesLanguageSupport';
import { usePrefersDark } from './usePrefersDark';
import type { EditorMarker, ValuesView } from './editorTypes';

/** The pause after the last keystroke before the text is parsed and the form follows. */
const TYPING_PAUSE_MS = 300;
const MARKER_OWNER = 'catalyst-values';

export interface MonacoYamlEditorProps {
  chart: Chart | undefined;
  view: ValuesView;
  /** The coalesced values as YAML; shown read-only in the "full" view. */
  fullText: string;
  /** The core's latest diagnostics, and the text they describe (the session's, or one a keystroke or two older). */
  diagnostics: readonly Diagnostic[];
  diagnosticsText: string;
  label: string;
  /** Show secrets' values; otherwise each character of a secret shows as a mask character. */
  revealSecrets: boolean;
  onMarkersChange: (markers: EditorMarker[]) => void;
  onCursorChange: (position: { line: number; column: number }) => void;
}

interface EditorParts {
  editor: monaco.editor.IStandaloneCodeEditor;
  userModel: monaco.editor.ITextModel;
  fullModel: monaco.editor.ITextModel;
  /** True between a keystroke and the dispatch after the pause: the editor holds text the session has not seen. */
  isTyping: () => boolean;
  /** Brings a model to `text` with the smallest edit, so cursors, folds and comments elsewhere stay put. */
  applyText: (model: monaco.editor.ITextModel, text: string, moveCursorToChange: boolean) => void;
}

let editorCount = 0;

/**
 * The values file in Monaco, kept in step with the session both ways:
 * - typing dispatches `textEdited` after a short pause; while the text does not parse the session keeps the
 *   last good values and the syntax error shows as a marker;
 * - a session change made elsewhere (form, undo, import) is applied as a minimal edit, unless the user is
 *   mid-typing here, in which case their text wins when the pause ends.
 *
 * Undo and redo: the session's history is the only one. Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) in the
 * editor dispatch the session's `undo`/`redo`, after first handing over any text still waiting for the
 * pause; so the editor's keys, the header buttons and form edits step through one list of states, and one
 * undo step in the editor is one burst of typing.
 */
export default function MonacoYamlEditor({ chart, view, fullText, diagnostics, diagnosticsText, label, revealSecrets, onMarkersChange, onCursorChange }: MonacoYamlEditorProps) {
  const text = useSession((s) => s.text);
  // The text's values, for masking: without a key that holds a secret, the text is shown without being parsed.
  const values = useSession((s) => (s.textParses ? s.userValues : undefined));
  const dispatch = useDispatch();
  const store = useSessionStore();
  const prefersDark = usePrefersDark();
  const container = useRef<HTMLDivElement>(null);
  const [parts, setParts] = useState<EditorParts>();
  const moveCursorOnNextChange = useRef(false);
  // Each view keeps its own scroll and cursor when the user switches between them.
  const viewStates = useRef(new WeakMap<monaco.editor.ITextModel, monaco.editor.ICodeEditorViewState | null>());
  // Monaco's listeners are registered once; they read the latest props through this.
  const isSecret = useMemo(() => isSecretPointer(chart?.schema ?? {}), [chart]);
  const latest = useRef({ text, values, chart, dispatch, onCursorChange, diagnostics, diagnosticsText, onMarkersChange, revealSecrets, isSecret });
  useLayoutEffect(() => {
    latest.current = { text, values, chart, dispatch, onCursorChange, diagnostics, diagnosticsText, onMarkersChange, revealSecrets, isSecret };
  });
  /**
   * The user's text as the editor shows it (secrets masked unless revealed) and the real text behind it. The
   * editor's model always holds `shown`; the session only ever receives `real`, so a mask is never saved.
   */
  const masked = useRef<MaskedText>(maskFor(text, revealSecrets, isSecret, values));
  /** The markers last reported, so an unchanged list does not re-render the pane. */
  const [reportedMarkers] = useState(() => new Memo<EditorMarker[]>(isDeepEqual));

  // The core's diagnostics as markers. They describe one text, so they wait while the editor or the session is
  // ahead of (or behind) it: markers are never placed on lines of another text. Whoever brings the three
  // together (the editor's text, the session's, the judgement's) calls this again.
  const showMarkers = useCallback((editorParts: EditorParts) => {
    const { text: sessionText, diagnostics: current, diagnosticsText: judgedText, onMarkersChange: report } = latest.current;
    if (judgedText !== sessionText || !sameLines(masked.current.real, sessionText) || !sameLines(editorParts.userModel.getValue(), masked.current.shown)) return;
    const rangeOf = markerRangesIn(sessionText);
    const markers = current.map(
      (d): monaco.editor.IMarkerData => ({
        ...toMonacoRange(rangeOf(d)),
        severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        message: d.message,
        source: markerSource(d),
      }),
    );
    monaco.editor.setModelMarkers(editorParts.userModel, MARKER_OWNER, markers);
    const shown = monaco.editor.getModelMarkers({ owner: MARKER_OWNER, resource: editorParts.userModel.uri }).map(
      (m): EditorMarker => ({
        severity: m.severity === monaco.MarkerSeverity.Error ? 'error' : 'warning',
        line: m.startLineNumber,
        column: m.startColumn,
        endLine: m.endLineNumber,
        endColumn: m.endColumn,
        message: m.message,
      }),
    );
    if (reportedMarkers.get([shown], () => shown) !== shown) return;
    report(shown);
  }, [reportedMarkers]);

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    editorCount += 1;
    const userModel = monaco.editor.createModel(masked.current.shown, 'yaml', monaco.Uri.parse(`inmemory://catalyst-values/${editorCount}/values.yaml`));
    const fullModel = monaco.editor.createModel('', 'yaml', monaco.Uri.parse(`inmemory://catalyst-values/${editorCount}/full-values.yaml`));
    for (const model of [userModel, fullModel]) model.updateOptions({ tabSize: 2, insertSpaces: true });
    matchLineEnds(userModel, latest.current.text);
    matchLineEnds(fullModel, '');

    const editor = monaco.editor.create(host, {
      model: userModel,
      ariaLabel: label,
      theme: window.matchMedia('(prefers-color-scheme: dark)').matches ? 'catalyst-dark' : 'catalyst-light',
      automaticLayout: true,
      // Hover and suggestion widgets escape the pane's scroll box instead of being clipped by it.
      fixedOverflowWidgets: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      lineNumbersMinChars: 3,
      detectIndentation: false,
      tabSize: 2,
      // Only the schema's keys and values are worth offering; words from the file are noise.
      wordBasedSuggestions: 'off',
      quickSuggestions: { other: true, comments: false, strings: true },
      links: false,
      // A real <textarea> in screen-reader mode holds the text itself (up to accessibilityPageSize lines around
      // the cursor, 500 by default: every real values file), so assistive technology, and anything else that
      // reads the textbox's value, gets the YAML rather than an empty input surface.
      editContext: false,
      accessibilitySupport: 'on',
      readOnlyMessage: { value: 'Full values are read-only: switch to "Changes only" to edit your values.' },
    });

    let applying = false;
    // What the user types goes to the session once the typing pauses, as one edit, not one per keystroke.
    const typing = afterPause(() => latest.current.dispatch({ type: 'textEdited', text: masked.current.real }), TYPING_PAUSE_MS);
    const handOver = () => typing.flush();

    const applyText = (model: monaco.editor.ITextModel, next: string, moveCursorToChange: boolean) => {
      matchLineEnds(model, next);
      const edit = minimalEdit(model.getValue(), next);
      if (!edit) return;
      const range = monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end));
      applying = true;
      try {
        // Model-level, so it works in the read-only view too; Monaco shifts the user's cursors past the edit itself.
        model.pushEditOperations(editor.getModel() === model ? editor.getSelections() : [], [{ range, text: edit.text }], () => null);
      } finally {
        applying = false;
      }
      if (moveCursorToChange && editor.getModel() === model) {
        const end = model.getPositionAt(edit.start + edit.text.length);
        editor.setPosition(end);
        editor.revealPositionInCenterIfOutsideViewport(end);
      }
    };

    const stepHistory = (type: 'undo' | 'redo') => {
      handOver();
      moveCursorOnNextChange.current = true;
      latest.current.dispatch({ type });
    };

    const subscriptions: monaco.IDisposable[] = [
      userModel.onDidChangeContent(() => {
        if (applying) return;
        // What the user changed in the shown text, carried to the real text behind it.
        const now = userModel.getValue();
        const edit = minimalEdit(masked.current.shown, now);
        if (edit) {
          masked.current = applyEditToMasked(masked.current, edit);
          // Typing over a secret replaced the whole secret: the mask characters left around the typing go too.
          if (masked.current.shown !== now) queueMicrotask(() => applyText(userModel, masked.current.shown, false));
        }
        typing.restart();
        announceTypedText(masked.current.real);
      }),
      // Leaving the editor (to the form, the Undo button, Copy) hands over what was typed at once.
      editor.onDidBlurEditorText(handOver),
      editor.onDidChangeCursorPosition((event) => latest.current.onCursorChange({ line: event.position.lineNumber, column: event.position.column })),
      editor.addAction({ id: 'catalyst-values.undo', label: 'Undo', keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ], run: () => stepHistory('undo') }),
      editor.addAction({
        id: 'catalyst-values.redo',
        label: 'Redo',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY],
        run: () => stepHistory('redo'),
      }),
      registerValuesLanguageSupport({
        isValuesModel: (model) => model === userModel || model === fullModel,
        chart: () => latest.current.chart,
        fixes: () => ({ context: store.getState(), diagnostics: latest.current.diagnostics }),
        markerSource,
      }),
    ];

    // Leaving the page (a reload, closing the tab, another tab) hands over what was typed before the work is
    // saved: capturing listeners run before the autosave's own on the same target.
    const onHidden = () => {
      if (document.visibilityState === 'hidden') handOver();
    };
    window.addEventListener('pagehide', handOver, { capture: true });
    document.addEventListener('visibilitychange', onHidden, { capture: true });

    setParts({ editor, userModel, fullModel, isTyping: () => typing.waiting, applyText });
    return () => {
      handOver();
      window.removeEventListener('pagehide', handOver, { capture: true });
      document.removeEventListener('visibilitychange', onHidden, { capture: true });
      for (const subscription of subscriptions) subscription.dispose();
      editor.dispose();
      userModel.dispose();
      fullModel.dispose();
      setParts(undefined);
    };
    // Created once per mount; a later label change is applied by the next effect.
  }, []);

  useEffect(() => {
    parts?.editor.updateOptions({ ariaLabel: label });
  }, [parts, label]);

  // Session → editor: form edits, undo/redo, imports. Skipped while the user is typing here.
  useEffect(() => {
    if (!parts) return undefined;
    const apply = () => {
      if (parts.isTyping()) return;
      masked.current = maskFor(latest.current.text, latest.current.revealSecrets, latest.current.isSecret, latest.current.values);
      parts.applyText(parts.userModel, masked.current.shown, moveCursorOnNextChange.current);
      moveCursorOnNextChange.current = false;
      showMarkers(parts);
    };
    // A change the user made here (undo, redo) shows at once. One made elsewhere (a keystroke in the form) waits
    // until that keystroke's frame has painted: the editor re-renders its lines in the next frame instead of
    // delaying the field the user is typing in, and a burst of keys costs one editor update per frame.
    if (parts.editor.hasTextFocus() || moveCursorOnNextChange.current) {
      apply();
      return undefined;
    }
    return afterNextPaint(apply);
  }, [parts, text, showMarkers, revealSecrets, isSecret]);

  useEffect(() => {
    if (parts && view === 'full') parts.applyText(parts.fullModel, maskFor(fullText, revealSecrets, isSecret, undefined).shown, false);
  }, [parts, view, fullText, revealSecrets, isSecret]);

  useEffect(() => {
    if (parts) showMarkers(parts);
  }, [parts, diagnostics, diagnosticsText, showMarkers]);

  useEffect(() => {
    if (!parts) return;
    const wanted = view === 'full' ? parts.fullModel : parts.userModel;
    const current = parts.editor.getModel();
    if (current !== wanted) {
      if (current) viewStates.current.set(current, parts.editor.saveViewState());
      parts.editor.setModel(wanted);
      const saved = viewStates.current.get(wanted);
      if (saved) parts.editor.restoreViewState(saved);
    }
    parts.editor.updateOptions({ readOnly: view === 'full' });
  }, [parts, view]);

  useEffect(() => {
    monaco.editor.setTheme(prefersDark ? 'catalyst-dark' : 'catalyst-light');
  }, [prefersDark]);

  return <div ref={container} className="yaml-pane__editor" />;
}

/**
 * A model has one line ending for all its lines; it takes the text's (LF unless the text uses CRLF), so the
 * text the editor hands back is byte for byte the text it was given.
 */
function maskFor(text: string, revealSecrets: boolean, isSecret: (pointer: string) => boolean, values: unknown): MaskedText {
  return revealSecrets ? unmasked(text) : maskSecrets(text, isSecret, values);
}

function matchLineEnds(model: monaco.editor.ITextModel, text: string): void {
  const wanted = text.includes('\r\n') ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF;
  const current = model.getEOL() === '\r\n' ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF;
  if (wanted !== current) model.setEOL(wanted);
}

/** Equal but for line endings: a file mixing LF and CRLF has them unified in the editor, on the same lines. */
/** Where a marker came from, as its hover shows it; quick fixes find the marker's diagnostic by it. */
function markerSource(d: Diagnostic): string {
  return d.pointer === '' ? d.source : `${d.source} ${d.pointer}`;
}

function sameLines(a: string, b: string): boolean {
  return a === b || a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}

function toMonacoRange(range: { startLine: number; startColumn: number; endLine: number; endColumn: number }) {
  return { startLineNumber: range.startLine, startColumn: range.startColumn, endLineNumber: range.endLine, endColumn: range.endColumn };
}
