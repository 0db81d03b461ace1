import { useState } from 'react';
import { DialogAction, lazyPanel } from '@/components/DialogAction';
import type { Chart } from '@/core/chart/createChart';

const exportPanel = lazyPanel(() => import('./ExportPanel').then((m) => m.ExportPanel));

/** Export…: the values as a file, changes only or in full. */
export function ExportAction({ chart }: { chart: Chart | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogAction label="Export…" title="Export values" wide open={open} onOpenChange={setOpen} disabled={!chart} preload={exportPanel.preload}>
      {chart && <exportPanel.Panel chart={chart} />}
    </DialogAction>
  );
}
