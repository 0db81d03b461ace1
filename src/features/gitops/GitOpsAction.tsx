import { useState } from 'react';
import { DialogAction, lazyPanel } from '@/components/DialogAction';
import type { Chart } from '@/core/chart/createChart';

const gitops = lazyPanel(() => import('./GitOpsPanel').then((m) => m.GitOpsPanel));

/** GitOps…: the files that install the values through Argo CD, Flux or helmfile. */
export function GitOpsAction({ chart }: { chart: Chart | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogAction label="GitOps…" title="Install with GitOps" wide open={open} onOpenChange={setOpen} disabled={!chart} preload={gitops.preload}>
      {chart && <gitops.Panel chart={chart} />}
    </DialogAction>
  );
}
