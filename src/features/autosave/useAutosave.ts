import { useEffect, useState } from 'react';
import type { Values } from '@/core/diagnostics/Diagnostic';
import { saveSession } from './autosaveStorage';
import { prepareAutosave } from './prepareAutosave';

/** Long enough that typing does not write on every key, short enough that a closed tab loses little. */
const DEBOUNCE_MS = 400;

export type AutosaveStatus =
  | { state: 'idle' }
  | { state: 'saved'; at: string; blanked: string[] }
  | { state: 'not-saved'; reason: string };

export interface UseAutosaveInput {
  /** False until saved work was restored (or found absent): the empty start-up session must not overwrite it. */
  enabled: boolean;
  chartVersion: string;
  text: string;
  textParses: boolean;
  userValues: Values;
  rememberSecrets: boolean;
  /** Undefined until the chart schema is loaded; without it secrets cannot be told apart, so nothing is saved. */
  isSecret: ((pointer: string) => boolean) | undefined;
}

export function useAutosave(input: UseAutosaveInput): AutosaveStatus {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'idle' });
  const { enabled, chartVersion, text, textParses, userValues, rememberSecrets, isSecret } = input;
  useEffect(() => {
    if (!enabled || (!isSecret && !rememberSecrets)) return undefined;
    const timer = window.setTimeout(() => {
      const plan = prepareAutosave({ chartVersion, text, textParses, userValues, rememberSecrets, isSecret: isSecret ?? (() => false) }, new Date());
      if (!plan.save) {
        setStatus({ state: 'not-saved', reason: plan.reason });
      } else if (saveSession(plan.record)) {
        setStatus({ state: 'saved', at: plan.record.savedAt, blanked: plan.record.blanked });
      } else {
        setStatus({ state: 'not-saved', reason: 'This browser does not allow saving here (storage is full or turned off).' });
      }
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [enabled, chartVersion, text, textParses, userValues, rememberSecrets, isSecret]);
  return status;
}
