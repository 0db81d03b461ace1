import { useState } from 'react';
import type { OpenedShare } from '@/core/share/openSharePayload';
import type { StartupNotice } from '@/core/session/startupPlan';
import { useDispatch, useSessionStore } from '@/state/sessionStore';
import { useShareLinkInAddress } from './useShareLinkInAddress';

interface ShareLinkOpenerProps {
  /** Why the link the page opened with could not be opened, if it could not. */
  initialError: string | undefined;
  onNotice: (notice: StartupNotice) => void;
}

/**
 * Opens a share link pasted into the address of an open studio; the work it replaces is offered back in the
 * notice. A link that cannot be opened says why here, and the work stays as it was.
 */
export function ShareLinkOpener({ initialError, onNotice }: ShareLinkOpenerProps) {
  const dispatch = useDispatch();
  const store = useSessionStore();
  const [linkError, setLinkError] = useState<string | null>(initialError ?? null);

  useShareLinkInAddress((result: OpenedShare) => {
    if (!result.ok) {
      setLinkError(result.error);
      return;
    }
    const { text, chartRef: previousChart, overlays, baseText, environment } = store.getState();
    dispatch({
      type: 'shareOpened',
      text: result.text,
      chartRef: result.chartRef,
      ...(result.joinTokenSource ? { joinTokenSource: result.joinTokenSource } : {}),
      ...(result.overlays ? { overlays: result.overlays } : {}),
    });
    setLinkError(null);
    const layers = overlays.length > 0 ? { layers: { base: baseText, overlays, environment } } : {};
    const hadWork = text.trim() !== '' || overlays.length > 0;
    onNotice({ message: 'Opened the shared values.', ...(hadWork ? { previous: { text, chartRef: previousChart, ...layers } } : {}) });
  });

  if (!linkError) return null;
  return (
    <div className="header-actions__alert" role="alert">
      <p>
        <strong>The share link could not be opened.</strong> {linkError} Your current work is unchanged.
      </p>
      <button type="button" onClick={() => setLinkError(null)}>
        Dismiss
      </button>
    </div>
  );
}
