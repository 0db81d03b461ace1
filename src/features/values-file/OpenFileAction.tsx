import { useEffect, useState } from 'react';
import { DialogAction, lazyPanel } from '@/components/DialogAction';
import { readTextFile, type ReadTextFileResult } from '@/components/readTextFile';
import type { Chart } from '@/core/chart/createChart';
import { mergeIntoDocument } from '@/core/import/mergeIntoDocument';
import type { StartupNotice } from '@/core/session/startupPlan';
import { parseValues } from '@/core/yaml/parseValues';
import { useDispatch, useSession, useSessionStore } from '@/state/sessionStore';

const importPanel = lazyPanel(() => import('./ImportPanel').then((m) => m.ImportPanel));

interface OpenFileActionProps {
  chart: Chart | undefined;
  /** A file dropped on the page: read, then shown in the dialog, which opens for it. */
  dropped: { key: number; file: File } | undefined;
  /** A drop is under way: the dialog's code starts loading. */
  dragging: boolean;
  onNotice: (notice: StartupNotice) => void;
}

/** Open…: a values file picked, pasted or dropped, opened in place of the values or merged into them. */
export function OpenFileAction({ chart, dropped, dragging, onNotice }: OpenFileActionProps) {
  const dispatch = useDispatch();
  const store = useSessionStore();
  const currentParses = useSession((s) => s.textParses);
  const [open, setOpen] = useState(false);
  const [read, setRead] = useState<{ key: number; file: ReadTextFileResult } | undefined>(undefined);

  useEffect(() => {
    if (!dropped) return;
    let current = true;
    void readTextFile(dropped.file).then((file) => {
      if (!current) return;
      setRead({ key: dropped.key, file });
      setOpen(true);
    });
    return () => {
      current = false;
    };
  }, [dropped]);
  useEffect(() => {
    if (dragging) importPanel.preload();
  }, [dragging]);

  const close = () => {
    setOpen(false);
    setRead(undefined);
  };
  return (
    <DialogAction label="Open…" title="Open a values file" wide open={open} onOpenChange={(next) => (next ? setOpen(true) : close())} disabled={!chart} preload={importPanel.preload}>
      {chart && (
        <importPanel.Panel
          key={read?.key ?? 0}
          chart={chart}
          {...(read ? { initial: read.file } : {})}
          onOpen={(imported) => {
            dispatch({ type: 'fileImported', text: imported });
            onNotice({ message: 'Opened the values file.' });
            close();
          }}
          {...(currentParses
            ? {
                onMerge: (imported: string) => {
                  const fragment = parseValues(imported);
                  if (!fragment.ok) return;
                  dispatch({ type: 'fileMerged', text: mergeIntoDocument(store.getState().document, fragment.document) });
                  onNotice({ message: 'Merged the file into your values. Undo takes it back.' });
                  close();
                },
              }
            : {})}
          onCancel={close}
        />
      )}
    </DialogAction>
  );
}
