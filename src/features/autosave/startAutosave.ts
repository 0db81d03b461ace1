import type { HistoryEntry } from '@/core/session/sessionReducer';
import { saveWork } from '@/state/savedWork';
import type { SessionStore } from '@/state/sessionStore';
import { afterPause } from '@/state/later';
import { createAutosavePlanner } from './prepareAutosave';

/** Long enough that typing does not write on every key; leaving the page writes at once. */
const DEBOUNCE_MS = 400;

export type AutosaveStatus =
  | { state: 'idle' }
  | { state: 'saved'; at: string; blanked: string[] }
  | { state: 'not-saved'; reason: string };

export interface AutosaveStart {
  /** The session the page opened on is the saved one (or empty with nothing saved): no write until it changes. */
  alreadySaved: boolean;
  /** Undo steps restored from a save that blanked secrets: they need no cleaning again. */
  trustedHistory: readonly HistoryEntry[];
}

interface AutosaveSettings {
  /** Undefined until the chart schema is loaded: without it secrets cannot be told apart, so nothing is saved. */
  isSecret(): ((pointer: string) => boolean) | undefined;
  rememberSecrets(): boolean;
}

export interface Autosave {
  /** Writes now what is waiting (the schema a save waited for has arrived); `settingChanged` writes even if nothing is. */
  saveNow(settingChanged?: boolean): void;
  dispose(): void;
}

/**
 * Saves the session in this browser a moment after each change, and at once when the page is hidden or
 * left (tab closed, reload, another app in front): a debounce alone loses the last edits of a page that
 * goes away within it. A store subscriber: nothing re-renders to feed it.
 */
export function startAutosave(store: SessionStore, settings: AutosaveSettings, onStatus: (status: AutosaveStatus) => void, start: AutosaveStart): Autosave {
  const planner = createAutosavePlanner(start.trustedHistory);
  // The session the page opened on is the first undo step of the next edit.
  planner.seen(store.getState());
  let dirty = !start.alreadySaved;

  const write = (force: boolean) => {
    pause.cancel();
    if (!dirty && !force) return;
    const isSecret = settings.isSecret();
    const rememberSecrets = settings.rememberSecrets();
    // Kept waiting, not dropped: saveNow() writes it once the schema is there.
    if (!isSecret && !rememberSecrets) return;
    const plan = planner.plan({ ...store.getState(), rememberSecrets, isSecret: isSecret ?? (() => false) }, new Date());
    dirty = false;
    if (!plan.save) onStatus({ state: 'not-saved', reason: plan.reason });
    else if (saveWork(plan.record)) onStatus({ state: 'saved', at: plan.record.savedAt, blanked: plan.record.blanked });
    else onStatus({ state: 'not-saved', reason: 'This browser does not allow saving here (storage is full or turned off).' });
  };
  const pause = afterPause(() => write(false), DEBOUNCE_MS);
  const schedule = () => {
    planner.seen(store.getState());
    dirty = true;
    pause.restart();
  };
  const flush = () => write(false);
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };

  const unsubscribe = store.subscribe(schedule);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return {
    saveNow: (settingChanged = false) => write(settingChanged),
    dispose() {
      // A change still waiting is written, not dropped (the component holding this is going away).
      flush();
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
