import type { Diagnostic } from '@/core/diagnostics/Diagnostic';
import type { ImportFix, ImportReport } from '@/core/import/ImportReport';
import { dottedPath } from '@/core/pointer/jsonPointer';

interface ImportReportViewProps {
  report: ImportReport;
  onApplyFix: (fix: ImportFix) => void;
}

/** The report on a file about to be opened, grouped by what the user does about each kind of problem. */
export function ImportReportView({ report, onApplyFix }: ImportReportViewProps) {
  const clean = report.yamlErrors.length + report.schemaErrors.length + report.unknownKeys.length + report.warnings.length === 0;
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">Import report</h3>
      {clean && <p className="import-report__clean">No problems found: Helm will accept this file.</p>}
      {report.joinTokenMissing && (
        <p className="import-report__note">No join_token in the file: the install command passes it with --set join_token.</p>
      )}
      <DiagnosticGroup title="YAML errors" diagnostics={report.yamlErrors} />
      <DiagnosticGroup title="Schema errors" diagnostics={report.schemaErrors} />
      <DiagnosticGroup title="Unknown keys" diagnostics={report.unknownKeys} note="They stay in the file and in the export; the chart ignores them." />
      <DiagnosticGroup title="Warnings" diagnostics={report.warnings} />
      {report.fixes.length > 0 && (
        <div className="import-report__group">
          <h4>Fixes</h4>
          <ul aria-label="Fixes">
            {report.fixes.map((fix) => (
              <li key={fix.id} className="import-report__fix">
                <button type="button" onClick={() => onApplyFix(fix)}>
                  {fix.title}
                </button>
                <span className="import-report__detail">{fix.detail}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function DiagnosticGroup({ title, diagnostics, note }: { title: string; diagnostics: readonly Diagnostic[]; note?: string }) {
  if (diagnostics.length === 0) return null;
  return (
    <div className="import-report__group">
      <h4>
        {title} ({diagnostics.length})
      </h4>
      {note && <p className="import-report__note">{note}</p>}
      <ul aria-label={title}>
        {diagnostics.map((d, i) => (
          <li key={`${d.pointer}:${d.line}:${i}`}>
            <span className="import-report__where">
              line {d.line}
              {d.pointer !== '' && <> · {dottedPath(d.pointer)}</>}
            </span>{' '}
            {d.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
