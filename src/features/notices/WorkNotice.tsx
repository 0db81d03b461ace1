import type { StartupNotice } from '@/core/session/startupPlan';
import { useDispatch } from '@/state/sessionStore';

/**
 * What just happened to the user's work (a share link or a file opened, a preset applied), with the work it
 * replaced offered back when there was some. Bringing it back is one action, and one Undo takes it back again.
 */
export function WorkNotice({ notice, onNotice }: { notice: StartupNotice; onNotice: (notice: StartupNotice | null) => void }) {
  const dispatch = useDispatch();
  const { previous } = notice;
  return (
    <div className="header-actions__notice" role="status">
      <p>{notice.message}</p>
      {previous && (
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'workBroughtBack', ...previous });
            onNotice({ message: 'Your previous work is back.' });
          }}
        >
          Bring back my previous work
        </button>
      )}
      <button type="button" aria-label="Dismiss notice" onClick={() => onNotice(null)}>
        ×
      </button>
    </div>
  );
}
