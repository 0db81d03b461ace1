import { useEffect, useId, useRef } from 'react';
import type { MigrationStep } from '@/core/migrate/MigrationStep';

export interface ChartSwitch {
  from: string;
  to: string;
  /** Undefined when the values were not carried across (see `why`). */
  report: MigrationStep[] | undefined;
  reprinted: boolean;
  /** Why the values stayed as they were, when they did. */
  why?: string;
}

const kindNames: Record<MigrationStep['kind'], string> = {
  moved: 'Moved',
  'renamed-value': 'Value renamed',
  removed: 'Not read any more',
  'new-required': 'Now required',
  'changed-default': 'Default changed',
};

/** What the switch did to the user's values, one line per step, so nothing moves without the user knowing. */
export function MigrationReportDialog({ change, onClose }: { change: ChartSwitch | undefined; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (change && !element.open) element.showModal();
    if (!change && element.open) element.close();
  }, [change]);
  return (
    <dialog ref={ref} className="action-dialog action-dialog--wide" aria-labelledby={titleId} onClose={onClose}>
      <div className="action-dialog__head">
        <h2 id={titleId}>{change ? `Chart ${change.from} → ${change.to}` : 'Chart switched'}</h2>
        <button type="button" className="action-dialog__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {change && <ReportBody change={change} />}
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </dialog>
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
              <strong>{kindNames[step.kind]}</strong> <StepPointers step={step} />
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
