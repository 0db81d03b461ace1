import { useState } from 'react';
import { DialogAction } from '@/components/DialogAction';
import { useDispatch } from '@/state/sessionStore';

/** New: clears the values, here and in the copy saved in this browser, once the user confirms. */
export function NewFileAction({ onStarted }: { onStarted: () => void }) {
  const dispatch = useDispatch();
  const [open, setOpen] = useState(false);
  return (
    <DialogAction label="New" title="Start a new file?" open={open} onOpenChange={setOpen}>
      <p>This clears the current values, in the studio and in the copy saved in this browser. Export or share them first to keep them.</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button-danger"
          onClick={() => {
            dispatch({ type: 'sessionReset' });
            onStarted();
            setOpen(false);
          }}
        >
          Discard and start new
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Keep my work
        </button>
      </div>
    </DialogAction>
  );
}
