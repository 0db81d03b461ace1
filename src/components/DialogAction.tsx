import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { LoadErrorBoundary } from './LoadErrorBoundary';
import { ModalDialog } from './ModalDialog';

/** A dialog's contents, loaded when first wanted so the page's first paint does not wait for them. */
interface LazyPanel<Props> {
  Panel: LazyExoticComponent<ComponentType<Props>>;
  /** Warms the panel's chunk. A failed fetch is not reported here: opening the dialog says so. */
  preload: () => void;
}

export function lazyPanel<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyPanel<Props> {
  return {
    Panel: lazy(() => load().then((Panel) => ({ default: Panel }))),
    preload: () => void load().catch(() => undefined),
  };
}

interface DialogActionProps {
  /** The button's text. */
  label: string;
  /** The dialog's title, which names it. */
  title: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  disabled?: boolean;
  wide?: boolean;
  /** Called when the user heads for the button (points at it or focuses it), so the dialog is usually ready when it opens. */
  preload?: () => void;
  children: ReactNode;
}

/** A button that opens a modal dialog; the dialog's contents mount (and their code loads) only while it is open. */
export function DialogAction({ label, title, open, onOpenChange, disabled, wide, preload, children }: DialogActionProps) {
  return (
    <>
      <button type="button" disabled={disabled} {...(preload ? { onPointerEnter: preload, onFocus: preload } : {})} onClick={() => onOpenChange(true)}>
        {label}
      </button>
      <ModalDialog title={title} open={open} onClose={() => onOpenChange(false)} wide={wide}>
        {open && (
          <LoadErrorBoundary fallback={<p role="alert">This dialog could not be loaded. Reload the page to try again.</p>}>
            <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>
          </LoadErrorBoundary>
        )}
      </ModalDialog>
    </>
  );
}
