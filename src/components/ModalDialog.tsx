import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  wide?: boolean;
  children: ReactNode;
}

/** A modal <dialog>: the browser gives it focus handling, Escape and the dialog role; the title names it. */
export function ModalDialog({ title, open, onClose, wide, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={ref} className={`action-dialog${wide ? ' action-dialog--wide' : ''}`} aria-labelledby={titleId} onClose={onClose}>
      <div className="action-dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="action-dialog__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
