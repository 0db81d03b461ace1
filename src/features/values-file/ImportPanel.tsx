import { useId, useMemo, useState } from 'react';
import { applyTextEdits } from '@/core/import/applyTextEdits';
import { buildImportReport } from '@/core/import/buildImportReport';
import type { Chart } from '@/core/chart/createChart';
import { ImportReportView } from './ImportReportView';
import { readTextFile, type ReadTextFileResult } from '@/components/readTextFile';

interface ImportPanelProps {
  chart: Chart;
  /** A file dropped on the page, already read. */
  initial?: ReadTextFileResult;
  /** Called only for text that parses: a failed import never replaces the user's work. */
  onOpen: (text: string) => void;
  /**
   * Merges the file into the current values instead of replacing them, as Helm merges a later `-f` file:
   * README snippets are fragments meant to be combined. Absent while the current text does not parse.
   */
  onMerge?: (text: string) => void;
  onCancel: () => void;
}

const PASTED = 'pasted text';

interface Candidate {
  source: string;
  text: string;
}

/** Open a values file by picker, drop or paste; the report comes first, the user's work is replaced only on "Open". */
export function ImportPanel({ chart, initial, onOpen, onMerge, onCancel }: ImportPanelProps) {
  const [candidate, setCandidate] = useState<Candidate | null>(initial?.ok ? { source: initial.name, text: initial.text } : null);
  const [error, setError] = useState<string | null>(initial && !initial.ok ? initial.error : null);
  const [pasted, setPasted] = useState('');
  const [applied, setApplied] = useState<string[]>([]);
  const pasteId = useId();
  const report = useMemo(() => (candidate ? buildImportReport(candidate.text, chart) : null), [candidate, chart]);

  const choose = (next: Candidate) => {
    setError(null);
    setApplied([]);
    setCandidate(next);
  };

  return (
    <div className="import-panel">
      <div className="import-panel__sources">
        <label className="import-panel__picker">
          Choose a values file
          <input
            type="file"
            accept=".yaml,.yml,text/yaml,application/yaml,text/plain"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              const read = await readTextFile(file);
              if (read.ok) choose({ source: read.name, text: read.text });
              else {
                setCandidate(null);
                setError(read.error);
              }
            }}
          />
        </label>
        <p className="import-panel__hint">…or drop a file anywhere on the page, or paste its text:</p>
        <label htmlFor={pasteId}>Paste values YAML</label>
        <textarea id={pasteId} className="import-panel__paste" spellCheck={false} rows={6} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <button type="button" disabled={pasted.trim() === ''} onClick={() => choose({ source: PASTED, text: pasted })}>
          Check pasted text
        </button>
      </div>

      {error && (
        <p className="import-panel__error" role="alert">
          {error}
        </p>
      )}

      {candidate && report && (
        <>
          <p className="import-panel__source">
            Checking <strong>{candidate.source}</strong>
            {applied.length > 0 && <> (fixed: {applied.join('; ')})</>}
          </p>
          <ImportReportView
            report={report}
            onApplyFix={(fix) => {
              setApplied((done) => [...done, fix.title]);
              const fixed = applyTextEdits(candidate.text, fix.edits);
              setCandidate({ ...candidate, text: fixed });
              // The paste box shows what will be opened, so editing it further starts from the fixed text.
              if (candidate.source === PASTED) setPasted(fixed);
            }}
          />
          <details className="import-panel__preview">
            <summary>Text to open</summary>
            <pre aria-label="Text to open">{candidate.text}</pre>
          </details>
        </>
      )}

      <div className="dialog-actions">
        {report && !report.parses && <p className="import-panel__blocked">Fix the YAML errors to open this file; your current work stays as it is.</p>}
        <button type="button" className="button-primary" disabled={!candidate || !report?.parses} onClick={() => candidate && onOpen(candidate.text)}>
          Open in studio
        </button>
        {onMerge && (
          <button type="button" disabled={!candidate || !report?.parses} onClick={() => candidate && onMerge(candidate.text)}>
            Merge into current values
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
