import { useState } from 'react';
import { DialogAction, lazyPanel } from '@/components/DialogAction';
import type { Preset } from '@/core/presets/Preset';
import { presetText } from '@/core/presets/presetText';
import type { StartupNotice } from '@/core/session/startupPlan';
import { useDispatch, useSession } from '@/state/sessionStore';

const presets = lazyPanel(() => import('./PresetList').then((m) => m.PresetList));

/** Start from…: a preset replaces the current text (Undo brings it back). */
export function PresetsAction({ onNotice }: { onNotice: (notice: StartupNotice) => void }) {
  const dispatch = useDispatch();
  const chartVersion = useSession((s) => s.chartVersion);
  const [open, setOpen] = useState(false);
  return (
    <DialogAction label="Start from…" title="Start from a preset" open={open} onOpenChange={setOpen} preload={presets.preload}>
      <p>A preset replaces the current text (Undo brings it back). None of them holds a join token: it is passed at install.</p>
      <presets.Panel
        onChoose={(preset: Preset) => {
          dispatch({ type: 'presetApplied', text: presetText(preset, chartVersion) });
          onNotice({ message: `Started from the preset "${preset.title}". Replace the example names with yours.` });
          setOpen(false);
        }}
      />
    </DialogAction>
  );
}
