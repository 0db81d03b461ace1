import { useCallback, useEffect, useState } from 'react';
import { afterDelay, afterPaintWhenIdle } from '@/state/later';

/** How long an idle moment is waited for once the page is ready; then the load starts anyway. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * When to start something heavy that the first view does not need (the editor's 3 MB chunk): once `ready`
 * (the form has its chart and is being painted), after that frame has painted and the main thread is idle;
 * or after `fallbackMs` if `ready` never comes (a chart that fails to load still gets an editor); or at once
 * when `startNow` is called (the user reaches for the editor).
 */
export function useDeferredStart(ready: boolean, fallbackMs: number): { started: boolean; startNow: () => void } {
  const [started, setStarted] = useState(false);
  const startNow = useCallback(() => setStarted(true), []);

  useEffect(() => {
    if (started) return undefined;
    return ready ? afterPaintWhenIdle(startNow, IDLE_TIMEOUT_MS) : afterDelay(startNow, fallbackMs);
  }, [ready, started, fallbackMs, startNow]);

  return { started, startNow };
}
