import { useState } from 'react';
import { DialogAction, lazyPanel } from '@/components/DialogAction';

const share = lazyPanel(() => import('./SharePanel').then((m) => m.SharePanel));

/** Share…: a link that carries the values (secrets left out unless the user includes them). */
export function ShareAction({ isSecret }: { isSecret: ((pointer: string) => boolean) | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogAction label="Share…" title="Share a link" wide open={open} onOpenChange={setOpen} disabled={!isSecret} preload={share.preload}>
      {isSecret && <share.Panel isSecret={isSecret} baseUrl={studioAddress()} />}
    </DialogAction>
  );
}

function studioAddress(): string {
  return window.location.origin + window.location.pathname + window.location.search;
}
