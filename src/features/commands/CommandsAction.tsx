import { useState } from 'react';
import { DialogAction, lazyPanel } from '@/components/DialogAction';
import type { Chart } from '@/core/chart/createChart';
import type { HelmManifest } from '@/core/helm-engine/HelmRenderResult';

const commands = lazyPanel(() => import('./CommandsPanel').then((m) => m.CommandsPanel));

/** Commands: the install commands and checklists for the current values. `rendered`: the objects Helm rendered, when at hand. */
export function CommandsAction({ chart, rendered }: { chart: Chart | undefined; rendered: readonly HelmManifest[] | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <DialogAction label="Commands" title="Install commands" wide open={open} onOpenChange={setOpen} disabled={!chart} preload={commands.preload}>
      {chart && <commands.Panel chart={chart} rendered={rendered} />}
    </DialogAction>
  );
}
