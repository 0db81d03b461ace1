import { memo } from 'react';
import { parsePointer } from '@/core/pointer/jsonPointer';
import type { AutosaveStatus } from './useAutosave';

interface AutosaveStatusLineProps {
  status: AutosaveStatus;
  rememberSecrets: boolean;
  onRememberSecretsChange: (remember: boolean) => void;
}

/** One formatter for every save: making one per call (toLocaleTimeString) costs more than the rest of the line. */
const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * Says where the work is kept and what was not kept, next to the one setting that changes it. Memoised: the
 * header re-renders on every keystroke, the status changes once per save.
 */
export const AutosaveStatusLine = memo(function AutosaveStatusLine({ status, rememberSecrets, onRememberSecretsChange }: AutosaveStatusLineProps) {
  return (
    <div className="autosave">
      <p className="autosave__status" role="status" aria-live="polite">
        {describe(status)}
      </p>
      <label className="autosave__setting">
        <input type="checkbox" checked={rememberSecrets} onChange={(event) => onRememberSecretsChange(event.target.checked)} />
        Remember secrets on this device
      </label>
    </div>
  );
});

function describe(status: AutosaveStatus): string {
  switch (status.state) {
    case 'idle':
      return 'Work is saved in this browser as you go.';
    case 'not-saved':
      return status.reason;
    case 'saved': {
      const time = timeFormat.format(new Date(status.at));
      if (status.blanked.length === 0) return `Saved in this browser at ${time}.`;
      const names = status.blanked.map((p) => parsePointer(p).join('.')).join(', ');
      return `Saved in this browser at ${time}, without secret values (${names}).`;
    }
  }
}
