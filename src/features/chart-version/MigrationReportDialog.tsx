import { ModalDialog } from '@/components/ModalDialog';
import { migrationStepNames, type MigrationStep } from '@/core/migrate/MigrationStep';

export interface ChartSwitch {
  from: string;
  to: string;
  /** Undefined when the values were not carried across (see `why`). */
  report: MigrationStep[] | undefined;
  reprinted: boolean;
  /** Why the values stayed as they were, when they did. */
  why?: string;
}

/** What the switch did to the user's values, one line per step, so nothing moves without the user knowing. */
export function MigrationReportDialog({ change, onClose }: { change: ChartSwitch | undefined; onClose: () => void }) {
  return (
    <ModalDialog title={change ? `Chart ${change.from} → ${change.to}` : 'Chart switched'} open={change !== undefined} onClose={onClose} wide>
      {change && <ReportBody change={change} />}
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </ModalDialog>
  );
}

function ReportBody({ change }: { change: ChartSwitch }) {
  if (!change.report) return <p>{change.why}</p>;
  return (
    <>
      <p>
        {change.report.length === 0
          ? `Your values needed no change for chart ${change.to}.`
          : `Your values were carried to chart ${change.to}: ${change.report.length} ${change.report.length === 1 ? 'thing' : 'things'} to know. Undo brings back chart ${change.from} with your values as they were.`}
      </p>
      {change.reprinted && <p className="import-report__note">The file was written afresh, so its comments are gone; Undo brings them back.</p>}
      {change.report.length > 0 && (
        <ul className="migration-report" aria-label="Migration report">
          {change.report.map((step, index) => (
            <li key={index} className="migration-report__step">
              <strong>{migrationStepNames[step.kind]}</strong> <StepPointers step={step} />
              <div className="import-report__detail">{step.message}</div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function StepPointers({ step }: { step: MigrationStep }) {
  if (step.from !== undefined && step.to !== undefined && step.from !== step.to) {
    return (
      <span className="import-report__where">
        <code>{step.from}</code> → <code>{step.to}</code>
      </span>
    );
  }
  const at = step.to ?? step.from;
  return at === undefined ? null : (
    <span className="import-report__where">
      <code>{at}</code>
    </span>
  );
}
