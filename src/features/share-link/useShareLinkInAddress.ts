import { useEffect, useRef } from 'react';
import { payloadFromUrl } from '@/core/share/shareUrl';
import { openSharePayload, type OpenedShare } from './openSharePayload';

/**
 * Watches the address for `#share=…`: at start-up, and when a link is pasted into the address bar
 * of an open studio. The hash is removed once read, so a reload shows the user's later work rather
 * than the link again. `onStart(result)` runs once at start-up (result undefined: no link).
 */
export function useShareLinkInAddress(onStart: (result: OpenedShare | undefined) => void, onLater: (result: OpenedShare) => void): void {
  const started = useRef(false);
  const latest = useRef({ onStart, onLater });
  latest.current = { onStart, onLater };

  useEffect(() => {
    const read = (): OpenedShare | undefined => {
      const payload = payloadFromUrl(window.location.href);
      if (payload === null) return undefined;
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      return openSharePayload(payload);
    };
    if (!started.current) {
      started.current = true;
      latest.current.onStart(read());
    }
    const onHashChange = () => {
      const result = read();
      if (result) latest.current.onLater(result);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
