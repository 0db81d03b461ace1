import { useEffect, useRef, useState } from 'react';
import { dottedPath } from '@/core/pointer/jsonPointer';
import { loadRememberSecrets, saveRememberSecrets } from '@/state/savedWork';
import { useSessionStore } from '@/state/sessionStore';
import { startAutosave, type Autosave, type AutosaveStart, type AutosaveStatus } from './startAutosave';

interface AutosaveStatusLineProps {
  /** Undefined until the chart schema is loaded. */
  isSecret: ((pointer: string) => boolean) | undefined;
  start: AutosaveStart;
}

/** One formatter for every save: making one per call (toLocaleTimeString) costs more than the rest of the line. */
const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * Keeps the work saved in this browser, and says where it is kept and what was not kept, next to the one
 * setting that changes it. The saving itself subscribes to the store, so this line renders once per save,
 * not once per keystroke.
 */
export function AutosaveStatusLine({ isSecret, start }: AutosaveStatusLineProps) {
  const store = useSessionStore();
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'idle' });
  const [rememberSecrets, setRememberSecrets] = useState(loadRememberSecrets);
  const settings = useRef({ isSecret, rememberSecrets });
  settings.current = { isSecret, rememberSecrets };
  const autosave = useRef<Autosave | undefined>(undefined);
  const [startAt] = useState(start);

  useEffect(() => {
    const started = startAutosave(store, { isSecret: () => settings.current.isSecret, rememberSecrets: () => settings.current.rememberSecrets }, setStatus, startAt);
    autosave.current = started;
    return () => started.dispose();
  }, [store, startAt]);
  // A save that waited for the schema goes out when it arrives.
  useEffect(() => autosave.current?.saveNow(), [isSecret]);

  const onRememberSecretsChange = (remember: boolean) => {
    saveRememberSecrets(remember);
    settings.current = { isSecret, rememberSecrets: remember };
    setRememberSecrets(remember);
    autosave.current?.saveNow(true);
  };

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
}

function describe(status: AutosaveStatus): string {
  switch (status.state) {
    case 'idle':
      return 'Work is saved in this browser as you go.';
    case 'not-saved':
      return status.reason;
    case 'saved': {
      const time = timeFormat.format(new Date(status.at));
      if (status.blanked.length === 0) return `Saved in this browser at ${time}.`;
      const names = status.blanked.map((p) => dottedPath(p)).join(', ');
      return `Saved in this browser at ${time}, without secret values (${names}).`;
    }
  }
}
