import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { isSecretPointer } from '@/core/secrets/isSecretPointer';
import type { StartupNotice } from '@/core/session/startupPlan';
import type { HelmManifest } from '@/core/helm-engine/HelmRenderResult';
import { AutosaveStatusLine } from '@/features/autosave/AutosaveStatusLine';
import { chartQuery } from '@/features/chart-version/chartQuery';
import { CommandsAction } from '@/features/commands/CommandsAction';
import { GitOpsAction } from '@/features/gitops/GitOpsAction';
import { WorkNotice } from '@/features/notices/WorkNotice';
import { PresetsAction } from '@/features/presets/PresetsAction';
import { ShareAction } from '@/features/share-link/ShareAction';
import { ShareLinkOpener } from '@/features/share-link/ShareLinkOpener';
import { ExportAction } from '@/features/values-file/ExportAction';
import { NewFileAction } from '@/features/values-file/NewFileAction';
import { OpenFileAction } from '@/features/values-file/OpenFileAction';
import { useFileDrop } from '@/features/values-file/useFileDrop';
import { EnvironmentsAction } from '@/features/workspace/EnvironmentsAction';
import type { Startup } from '@/state/readStartup';
import { useSession } from '@/state/sessionStore';
import './header-actions.css';

/**
 * The header's file actions, each a feature's own button and dialog (new, presets, open, export, commands,
 * GitOps, share, environments), the autosave line, and the one notice about what last happened to the work.
 * A file dropped on the page goes to Open…, several to Environments…. `rendered`: the objects Helm rendered
 * from the values, when the chart's archive is at hand (the commands read images and hosts from them).
 */
export function HeaderActions({ startup, rendered }: { startup: Startup; rendered?: readonly HelmManifest[] | undefined }) {
  const chartRef = useSession((s) => s.chartRef);
  const chart = useQuery(chartQuery(chartRef)).data;
  const isSecret = useMemo(() => (chart ? isSecretPointer(chart.schema) : undefined), [chart]);

  const [notice, setNotice] = useState<StartupNotice | null>(startup.notice ?? null);
  const [autosaveStart] = useState(() => ({ alreadySaved: startup.alreadySaved, trustedHistory: startup.trustedHistory }));
  const [droppedFile, setDroppedFile] = useState<{ key: number; file: File } | undefined>(undefined);
  const [droppedFiles, setDroppedFiles] = useState<{ key: number; files: File[] } | undefined>(undefined);
  const onDrop = useCallback((file: File) => setDroppedFile({ key: Date.now(), file }), []);
  const onDropSeveral = useCallback((files: File[]) => setDroppedFiles({ key: Date.now(), files }), []);
  const { dragging } = useFileDrop(onDrop, onDropSeveral);

  return (
    <div className="header-actions">
      <div className="header-actions__buttons" role="toolbar" aria-label="Values file">
        <NewFileAction onStarted={() => setNotice(null)} />
        <PresetsAction chart={chart} onNotice={setNotice} />
        <OpenFileAction chart={chart} dropped={droppedFile} dragging={dragging} onNotice={setNotice} />
        <ExportAction chart={chart} />
        <CommandsAction chart={chart} rendered={rendered} />
        <GitOpsAction chart={chart} />
        <ShareAction isSecret={isSecret} />
        <EnvironmentsAction chart={chart} dropped={droppedFiles} onNotice={setNotice} />
      </div>
      <AutosaveStatusLine isSecret={isSecret} start={autosaveStart} />
      <ShareLinkOpener initialError={startup.linkError} onNotice={setNotice} />
      {notice && <WorkNotice notice={notice} onNotice={setNotice} />}
      {dragging && <div className="header-actions__drop">Drop a values file to open it</div>}
    </div>
  );
}
