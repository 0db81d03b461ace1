import { useEffect, useRef } from 'react';
import type { OpenedShare } from '@/core/share/openSharePayload';
import { payloadFromUrl } from '@/core/share/shareUrl';
import { linkReaderFailed } from '@/state/readStartup';

/**
 * Watches for a `#share=…` link pasted into the address bar of an open studio (the page's start-up reads the
 * one it opened with). The hash is removed once read, so a reload shows the user's later work rather than
 * the link again.
 */
export function useShareLinkInAddress(onLink: (result: OpenedShare) => void): void {
  const latest = useRef(onLink);
  latest.current = onLink;

  useEffect(() => {
    const onHashChange = () => {
      const payload = payloadFromUrl(window.location.href);
      if (payload === null) return;
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      // The decoder loads with the first link: a page that never gets one never loads it.
      void import('@/core/share/openSharePayload').then(
        ({ openSharePayload }) => latest.current(openSharePayload(payload)),
        () => latest.current({ ok: false, error: linkReaderFailed }),
      );
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
