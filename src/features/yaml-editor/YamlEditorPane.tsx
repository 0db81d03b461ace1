import { lazy, Suspense, useMemo, useState } from 'react';
import type { Diagnostic } from '@/core/diagnostics/Diagnostic';
import type { Chart } from '@/core/chart/createChart';
import { printValues } from '@/core/yaml/printValues';
import { isSecretPointer } from '@/core/secrets/isSecretPointer';
import { maskSecrets } from '@/core/secrets/maskSecrets';
import { useSession } from '@/state/sessionStore';
import { useChecked } from '@/state/useValuesCheck';
import { CopyButton } from '@/components/CopyButton';
import { LoadErrorBoundary } from '@/components/LoadErrorBoundary';
import type { EditorMarker, ValuesView } from './editorTypes';
import { PlainValuesText } from './PlainValuesText';
import { useDeferredStart } from './useDeferredStart';
import './yamlEditorPane.css';

/**
 * Monaco is large (its chunk is several times the rest of the page): it loads in its own chunks, and only
 * once the form has painted, so fetching and running it does not delay the form's first render.
 */
const MonacoYamlEditor = lazy(() => import('./MonacoYamlEditor'));
/** A chart that never arrives (failed or very slow) must not leave the pane without an editor. */
const EDITOR_START_WITHOUT_CHART_MS = 8000;

const LABEL = 'Values (YAML)';
const FULL_LABEL = 'Full values (YAML, read-only)';

/**
 * The values file as YAML: the user's own text, editable both ways with the form, or every value Helm will
 * use after merging the chart defaults (read-only). The status line says what the editor marks.
 */
/** One empty list for every render: a fresh [] each time would re-run the editor's marker effect forever. */
const noDiagnostics: readonly Diagnostic[] = [];

export function YamlEditorPane({ chart }: { chart: Chart | undefined }) {
  const text = useSession((s) => s.text);
  const textParses = useSession((s) => s.textParses);
  const parseIssues = useSession((s) => s.parseIssues);
  const checked = useChecked(chart, (latest) => latest);
  const check = checked?.check;
  const [view, setView] = useState<ValuesView>('changes');
  const [markers, setMarkers] = useState<EditorMarker[]>();
  const [cursor, setCursor] = useState<{ line: number; column: number }>();
  const [editorFailed, setEditorFailed] = useState(false);
  const [revealSecrets, setRevealSecrets] = useState(false);
  const editorStart = useDeferredStart(chart !== undefined, EDITOR_START_WITHOUT_CHART_MS);

  const coalesced = check?.values;
  const fullText = useMemo(() => (view === 'full' && coalesced ? printValues(coalesced) : ''), [view, coalesced]);
  const diagnostics: readonly Diagnostic[] = check?.diagnostics ?? (textParses ? noDiagnostics : parseIssues);
  const shown = view === 'full' ? fullText : text;

  const isSecret = useMemo(() => isSecretPointer(chart?.schema ?? {}), [chart]);
  // An element of its own: the text is masked only while it shows, not on every render of the pane.
  const loadingText = <LoadingText text={shown} revealSecrets={revealSecrets} isSecret={isSecret} />;

  return (
    <section
      className="yaml-pane"
      aria-labelledby="values-text-heading"
      data-markers={markers?.map(describeMarker).join('; ')}
      // A user heading for the editor before it has started gets it without waiting for the page to settle.
      onPointerDownCapture={editorStart.started ? undefined : editorStart.startNow}
    >
      <div className="yaml-pane__bar">
        <h2 id="values-text-heading">Values (YAML)</h2>
        <div className="yaml-pane__views" role="group" aria-label="Show">
          <button type="button" className="yaml-pane__view" aria-pressed={view === 'changes'} onClick={() => setView('changes')}>
            Changes only
          </button>
          <button type="button" className="yaml-pane__view" aria-pressed={view === 'full'} disabled={!chart} onClick={() => setView('full')}>
            Full values
          </button>
        </div>
        <button type="button" className="button yaml-pane__secrets" aria-pressed={revealSecrets} onClick={() => setRevealSecrets((shown) => !shown)}>
          {revealSecrets ? 'Hide secrets' : 'Show secrets'}
        </button>
        <CopyButton text={shown} className="button yaml-pane__copy" />
      </div>
      <LoadErrorBoundary onError={() => setEditorFailed(true)} fallback={<PlainValuesText label={LABEL} revealSecrets={revealSecrets} isSecret={isSecret} />}>
        {editorStart.started ? (
          <Suspense fallback={loadingText}>
            <MonacoYamlEditor
              chart={chart}
              view={view}
              fullText={fullText}
              diagnostics={diagnostics}
              diagnosticsText={checked ? checked.text : text}
              label={view === 'full' ? FULL_LABEL : LABEL}
              revealSecrets={revealSecrets}
              onMarkersChange={setMarkers}
              onCursorChange={setCursor}
            />
          </Suspense>
        ) : (
          loadingText
        )}
      </LoadErrorBoundary>
      <p className="yaml-pane__hint">Tab indents. Ctrl+M (⌃⇧M on a Mac) makes Tab leave the editor instead. Ctrl+Space suggests keys and values.</p>
      <p className="yaml-pane__status" aria-live="polite">
        {editorFailed
          ? 'The editor could not be loaded: this is a plain text box, checked the same way (see Problems).'
          : statusText({ view, markers, cursor, syntaxError: textParses ? undefined : diagnostics.find((d) => d.source === 'yaml') })}
      </p>
    </section>
  );
}

function statusText({ view, markers, cursor, syntaxError }: { view: ValuesView; markers: EditorMarker[] | undefined; cursor: { line: number; column: number } | undefined; syntaxError: Diagnostic | undefined }): string {
  if (!markers) return 'Loading the editor…';
  const parts: string[] = [];
  if (syntaxError) parts.push(`Syntax error on line ${syntaxError.line}: the form keeps the last values that parsed`);
  const errors = markers.filter((m) => m.severity === 'error').length;
  const warnings = markers.length - errors;
  parts.push(markers.length === 0 ? 'Nothing marked' : `${count(errors, 'error')}, ${count(warnings, 'warning')} marked`);
  if (view === 'full') return [...parts, 'Full values, read-only'].join(' · ');
  if (cursor) {
    parts.push(`Ln ${cursor.line}, Col ${cursor.column}`);
    // The problem on the cursor's line, as a status bar does: readable without hovering.
    const here = markers.find((m) => m.line <= cursor.line && cursor.line <= m.endLine);
    if (here) parts.push(`${here.severity === 'error' ? 'Error' : 'Warning'}: ${here.message}`);
  }
  return parts.join(' · ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `error 3:9-3:10`: severity and range, for the pane's data-markers summary. */
function describeMarker(marker: EditorMarker): string {
  return `${marker.severity} ${marker.line}:${marker.column}-${marker.endLine}:${marker.endColumn}`;
}

/** The text while the editor loads: masked like the editor's (masking parses the whole text). */
function LoadingText({ text, revealSecrets, isSecret }: { text: string; revealSecrets: boolean; isSecret: (pointer: string) => boolean }) {
  return (
    <pre className="yaml-pane__loading" aria-busy="true">
      {revealSecrets ? text : maskSecrets(text, isSecret).shown}
    </pre>
  );
}
