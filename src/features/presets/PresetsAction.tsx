import { useState } from 'react';
import { DialogAction, lazyPanel } from '@/components/DialogAction';
import type { Chart } from '@/core/chart/createChart';
import type { Preset } from '@/core/presets/Preset';
import type { StartupNotice } from '@/core/session/startupPlan';
import { useDispatch } from '@/state/sessionStore';

const presets = lazyPanel(() => import('./PresetList').then((m) => m.PresetList));

/** Start from…: a preset replaces the current text (Undo brings it back). */
export function PresetsAction({ chart, onNotice }: { chart: Chart | undefined; onNotice: (notice: StartupNotice) => void }) {
  const dispatch = useDispatch();
  const [open, setOpen] = useState(false);
  return (
    <DialogAction label="Start from…" title="Start from a preset" open={open} onOpenChange={setOpen} preload={presets.preload}>
      <p>A preset replaces the current text (Undo brings it back). None of them holds a join token: it is passed at install.</p>
      <presets.Panel
        onChoose={async (preset: Preset) => {
          if (!chart) return;
          // Written once for one chart version, carried to this one as a version switch would carry it.
          const [{ presetText }, { releaseOf }] = await Promise.all([import('@/core/presets/presetText'), import('@/core/migrate/ChartRelease')]);
          dispatch({ type: 'presetApplied', text: await presetText(preset, releaseOf(chart)) });
          onNotice({ message: `Started from the preset "${preset.title}". Replace the example names with yours.` });
          setOpen(false);
        }}
      />
    </DialogAction>
  );
}
