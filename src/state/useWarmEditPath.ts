import { useContext, useEffect } from 'react';
import type { ChartValidator } from '@/core/validate/createChartValidator';
import { sessionReducer } from '@/core/session/sessionReducer';
import { selectValuesCheck } from '@/core/session/selectValuesCheck';
import { SessionContext } from './sessionStore';

/**
 * Runs one throwaway edit through the reducer and the checks once the chart has loaded and the page is
 * idle, so the user's first keystroke does not pay for code running for the first time. Nothing is
 * dispatched: the result is dropped.
 */
export function useWarmEditPath(validator: ChartValidator | undefined): void {
  const store = useContext(SessionContext);
  useEffect(() => {
    if (!validator || !store) return;
    const warm = () => {
      const session = store.getState();
      if (!session.textParses) return;
      const edited = sessionReducer(session, { type: 'valueSet', pointer: '/gateway/tls/existingSecret', value: 'warm-up' });
      selectValuesCheck(edited, validator);
      // Leave the memo holding the real session's check, as the page will ask for it next.
      selectValuesCheck(store.getState(), validator);
    };
    const idle = window.requestIdleCallback?.(warm, { timeout: 2000 });
    const timer = idle === undefined ? window.setTimeout(warm, 500) : undefined;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [validator, store]);
}
