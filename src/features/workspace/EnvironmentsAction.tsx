import { useEffect, useState } from 'react';
import { DialogAction, lazyPanel } from '@/components/DialogAction';
import type { Chart } from '@/core/chart/createChart';
import type { StartupNotice } from '@/core/session/startupPlan';
import { readLayerFiles, type PickedFiles } from './readLayerFiles';

const environments = lazyPanel(() => import('./WorkspacePanel').then((m) => m.WorkspacePanel));

interface EnvironmentsActionProps {
  chart: Chart | undefined;
  /** Several values files dropped on the page: read, then offered as a base and its overlays in the dialog, which opens for them. */
  dropped: { key: number; files: File[] } | undefined;
  onNotice: (notice: StartupNotice) => void;
}

/** Environments…: a base and its overlays, one per environment, added, opened or exported. */
export function EnvironmentsAction({ chart, dropped, onNotice }: EnvironmentsActionProps) {
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<{ key: number; picked: PickedFiles } | undefined>(undefined);

  useEffect(() => {
    if (!dropped) return;
    let current = true;
    void readLayerFiles(dropped.files).then((read) => {
      if (!current) return;
      setPicked({ key: dropped.key, picked: read });
      setOpen(true);
    });
    return () => {
      current = false;
    };
  }, [dropped]);

  const close = () => {
    setOpen(false);
    setPicked(undefined);
  };
  return (
    <DialogAction label="Environments…" title="Environments" wide open={open} onOpenChange={(next) => (next ? setOpen(true) : close())} disabled={!chart} preload={environments.preload}>
      {chart && (
        <environments.Panel
          key={picked?.key ?? 0}
          chart={chart}
          {...(picked ? { initial: picked.picked } : {})}
          onDone={(message: string) => {
            onNotice({ message });
            close();
          }}
        />
      )}
    </DialogAction>
  );
}
