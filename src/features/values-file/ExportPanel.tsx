import { useMemo, useState } from 'react';
import { fullValues } from '@/core/export/fullValues';
import type { ChartValidator } from '@/core/validate/createChartValidator';
import { printValues } from '@/core/yaml/printValues';
import { useSession } from '@/state/sessionStore';
import { downloadText } from '@/components/downloadText';

export const EXPORT_FILE_NAME = 'catalyst-values.yaml';
/** Named apart from the user's own file, so a download never silently replaces it with every default. */
export const FULL_EXPORT_FILE_NAME = 'catalyst-values.full.yaml';

type ExportKind = 'changes' | 'full';

/**
 * Download or copy the values. "Changes only" is the user's own text, byte for byte (comments kept);
 * "full" prints every value Helm will use, so `helm install -f` means the same either way.
 */
export function ExportPanel({ validator }: { validator: ChartValidator }) {
  const text = useSession((s) => s.text);
  const textParses = useSession((s) => s.textParses);
  const userValues = useSession((s) => s.userValues);
  const [kind, setKind] = useState<ExportKind>('changes');
  const [copied, setCopied] = useState<string | null>(null);
  const exported = useMemo(
    () => (kind === 'changes' ? text : printValues(fullValues(validator.defaults, userValues))),
    [kind, text, userValues, validator],
  );
  const fileName = kind === 'changes' ? EXPORT_FILE_NAME : FULL_EXPORT_FILE_NAME;

  return (
    <div className="export-panel">
      <fieldset className="export-panel__kind">
        <legend>What to export</legend>
        <label>
          <input type="radio" name="export-kind" checked={kind === 'changes'} onChange={() => setKind('changes')} />
          Changes only: your file as you wrote it, comments kept
        </label>
        <label>
          <input type="radio" name="export-kind" checked={kind === 'full'} disabled={!textParses} onChange={() => setKind('full')} />
          Full: every value Helm will use, chart defaults included
        </label>
      </fieldset>
      {!textParses && (
        <p className="export-panel__warning" role="alert">
          The text has YAML errors: Helm will refuse this file until they are fixed.
        </p>
      )}
      <label className="export-panel__preview-label" htmlFor="export-preview">
        Exported file
      </label>
      <textarea id="export-preview" className="export-panel__preview" readOnly rows={14} value={exported} spellCheck={false} />
      <div className="dialog-actions">
        {copied && (
          <span role="status" className="copy-status">
            {copied}
          </span>
        )}
        <button type="button" className="button-primary" onClick={() => downloadText(fileName, exported)}>
          Download {fileName}
        </button>
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(exported);
              setCopied('Copied to the clipboard.');
            } catch {
              setCopied('The browser did not allow copying: select the text above and copy it.');
            }
          }}
        >
          Copy to clipboard
        </button>
      </div>
    </div>
  );
}
