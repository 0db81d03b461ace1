import { useMemo, useState } from 'react';
import { fullValues } from '@/core/export/fullValues';
import { exportWithoutSecrets, fullValuesWithoutSecrets } from '@/core/export/secretsLeftOut';
import { dottedPath } from '@/core/pointer/jsonPointer';
import { isShippedChartVersion } from '@/core/schema/chartCatalog';
import { editorSchemaPath, withSchemaModeline } from '@/core/schema/editorSchema';
import type { Chart } from '@/core/chart/createChart';
import { printValues } from '@/core/yaml/printValues';
import { useSession } from '@/state/sessionStore';
import { copyText } from '@/components/copyText';
import { chartRefText } from '@/core/chart/ChartRef';
import { downloadText } from '@/components/downloadText';

export const EXPORT_FILE_NAME = 'catalyst-values.yaml';
/** Named apart from the user's own file, so a download never silently replaces it with every default. */
export const FULL_EXPORT_FILE_NAME = 'catalyst-values.full.yaml';

type ExportKind = 'changes' | 'full';

/**
 * The address of this studio's copy of the chart's editor schema, when the page knows its own address (served
 * over http or https) and the chart is one it ships; a brought chart has no hosted schema to point at.
 */
function editorSchemaUrl(chartVersion: string): string | undefined {
  if (!isShippedChartVersion(chartVersion) || !/^https?:$/.test(window.location.protocol)) return undefined;
  return new URL(editorSchemaPath(chartVersion), window.location.href).href;
}

/**
 * Download or copy the values. "Changes only" is the user's own text, byte for byte (comments kept) under a
 * first line that points editors at the chart's editor schema;
 * "full" prints every value Helm will use, so `helm install -f` means the same either way. Secrets stay
 * out unless the user includes them: a values file travels (repositories, tickets, CI logs), and each secret
 * has another way in, which the panel names.
 */
export function ExportPanel({ chart }: { chart: Chart }) {
  const text = useSession((s) => s.text);
  const textParses = useSession((s) => s.textParses);
  const userValues = useSession((s) => s.userValues);
  const [kind, setKind] = useState<ExportKind>('changes');
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const withoutSecrets = useMemo(() => exportWithoutSecrets(text, chart.schema), [text, chart]);
  const chartVersion = useSession((s) => chartRefText(s.chartRef));
  const schemaUrl = editorSchemaUrl(chartVersion);
  const exported = useMemo(() => {
    const values = (() => {
      if (kind === 'full') {
        const full = fullValues(chart.defaults, userValues);
        return printValues(includeSecrets ? full : fullValuesWithoutSecrets(full, userValues, chart.schema));
      }
      if (includeSecrets) return text;
      return withoutSecrets.ok ? withoutSecrets.text : '';
    })();
    return schemaUrl === undefined || values === '' ? values : withSchemaModeline(values, schemaUrl);
  }, [kind, text, userValues, chart, includeSecrets, withoutSecrets, schemaUrl]);
  const leftOut = withoutSecrets.ok ? withoutSecrets.leftOut : [];
  // Text that does not parse cannot be searched for secrets: it goes out only if the user includes them.
  const blocked = !includeSecrets && kind === 'changes' && !withoutSecrets.ok;
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
      {leftOut.length > 0 && (
        <div className="export-panel__secrets">
          <p>{includeSecrets ? 'These secrets are in the file:' : 'Left out of the file because they are secrets, and how each is supplied instead:'}</p>
          <ul aria-label="Secrets left out">
            {leftOut.map((secret) => (
              <li key={secret.pointer}>
                <code>{dottedPath(secret.pointer)}</code>
                {includeSecrets ? null : <>: {secret.suppliedBy}</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(leftOut.length > 0 || !withoutSecrets.ok) && (
        <label className="export-panel__include">
          <input type="checkbox" checked={includeSecrets} onChange={(event) => setIncludeSecrets(event.target.checked)} />
          Include secrets in the file
        </label>
      )}
      {includeSecrets && leftOut.length > 0 && (
        <p className="export-panel__warning" role="alert">
          Anyone who gets this file can read these secrets: keep it out of repositories, tickets and CI logs.
        </p>
      )}
      {blocked && (
        <p className="export-panel__warning" role="alert">
          The text has YAML errors, so the studio cannot tell its secrets apart: fix the errors, or include secrets to export it as it is.
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
        <button type="button" className="button-primary" disabled={blocked} onClick={() => downloadText(fileName, exported)}>
          Download {fileName}
        </button>
        <button
          type="button"
          disabled={blocked}
          onClick={async () => setCopied((await copyText(exported)) ? 'Copied to the clipboard.' : 'The browser did not allow copying: select the text above and copy it.')}
        >
          Copy to clipboard
        </button>
      </div>
    </div>
  );
}
