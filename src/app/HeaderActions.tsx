import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { LoadErrorBoundary } from '@/components/LoadErrorBoundary';
import { ModalDialog } from '@/components/ModalDialog';
import type { Preset } from '@/core/presets/Preset';
import { presetText } from '@/core/presets/presetText';
import { isSecretPointer } from '@/core/secrets/isSecretPointer';
import type { StartupNotice } from '@/core/session/startupPlan';
import type { HelmManifest } from '@/core/helm-engine/HelmRenderResult';
import type { OpenedShare } from '@/core/share/openSharePayload';
import { AutosaveStatusLine } from '@/features/autosave/AutosaveStatusLine';
import { chartQuery } from '@/features/chart-version/chartQuery';
import { useShareLinkInAddress } from '@/features/share-link/useShareLinkInAddress';
import { readTextFile, type ReadTextFileResult } from '@/features/values-file/readTextFile';
import { useFileDrop } from '@/features/values-file/useFileDrop';
import type { Startup } from '@/state/readStartup';
import type { PickedFiles } from '@/features/workspace/WorkspacePanel';
import { useDispatch, useSession, useSessionStore } from '@/state/sessionStore';
import { mergeIntoDocument } from '@/core/import/mergeIntoDocument';
import { parseValues } from '@/core/yaml/parseValues';
import './header-actions.css';

type DialogName = 'new' | 'presets' | 'import' | 'export' | 'commands' | 'gitops' | 'share' | 'environments';

/*
 * The dialogs' contents (and the core code only they use: commands, presets, import report, share
 * encoder) load when a dialog is first wanted, so the page's first paint does not wait for them.
 * Pointing at or focusing a button starts the load, so the dialog is usually ready when it opens.
 */
const panelLoaders = {
  presets: () => import('@/features/presets/PresetList'),
  import: () => import('@/features/values-file/ImportPanel'),
  export: () => import('@/features/values-file/ExportPanel'),
  commands: () => import('@/features/commands/CommandsPanel'),
  gitops: () => import('@/features/gitops/GitOpsPanel'),
  share: () => import('@/features/share-link/SharePanel'),
  environments: () => import('@/features/workspace/WorkspacePanel'),
} satisfies Partial<Record<DialogName, () => Promise<unknown>>>;

const PresetList = lazy(() => panelLoaders.presets().then((m) => ({ default: m.PresetList })));
const ImportPanel = lazy(() => panelLoaders.import().then((m) => ({ default: m.ImportPanel })));
const ExportPanel = lazy(() => panelLoaders.export().then((m) => ({ default: m.ExportPanel })));
const CommandsPanel = lazy(() => panelLoaders.commands().then((m) => ({ default: m.CommandsPanel })));
const GitOpsPanel = lazy(() => panelLoaders.gitops().then((m) => ({ default: m.GitOpsPanel })));
const SharePanel = lazy(() => panelLoaders.share().then((m) => ({ default: m.SharePanel })));
const WorkspacePanel = lazy(() => panelLoaders.environments().then((m) => ({ default: m.WorkspacePanel })));

/** Warms a dialog's chunk. A failed fetch is not reported here: opening the dialog says so. */
function preload(name: keyof typeof panelLoaders): void {
  panelLoaders[name]().catch(() => undefined);
}

/** Props that start loading a dialog's contents when the user heads for its button. */
function preloadOn(name: keyof typeof panelLoaders) {
  return { onPointerEnter: () => preload(name), onFocus: () => preload(name) };
}

/**
 * The header's file actions: new, presets, open (picker, drop, paste), export, commands, GitOps and share,
 * plus the autosave line. Composes the features; the logic lives in them and in core. `rendered`: the objects
 * Helm rendered from the values, when the chart's archive is at hand (the commands read images and hosts from them).
 */
export function HeaderActions({ startup, rendered }: { startup: Startup; rendered?: readonly HelmManifest[] | undefined }) {
  const dispatch = useDispatch();
  const store = useSessionStore();
  const chartVersion = useSession((s) => s.chartVersion);
  const currentParses = useSession((s) => s.textParses);
  const loadedChart = useQuery(chartQuery(chartVersion));
  const chart = loadedChart.data;
  const isSecret = useMemo(() => (chart ? isSecretPointer(chart.schema) : undefined), [chart]);

  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [dropped, setDropped] = useState<{ key: number; file: ReadTextFileResult } | undefined>(undefined);
  const [droppedLayers, setDroppedLayers] = useState<{ key: number; picked: PickedFiles } | undefined>(undefined);
  const [linkError, setLinkError] = useState<string | null>(startup.linkError ?? null);
  const [notice, setNotice] = useState<StartupNotice | null>(startup.notice ?? null);
  const [autosaveStart] = useState(() => ({ alreadySaved: startup.alreadySaved, trustedHistory: startup.trustedHistory }));

  useShareLinkInAddress((result: OpenedShare) => {
    if (!result.ok) {
      setLinkError(result.error);
      return;
    }
    const { text, chartVersion: previousChart, overlays, baseText, environment } = store.getState();
    dispatch({
      type: 'shareOpened',
      text: result.text,
      chartVersion: result.chartVersion,
      ...(result.joinTokenSource ? { joinTokenSource: result.joinTokenSource } : {}),
      ...(result.overlays ? { overlays: result.overlays } : {}),
    });
    setLinkError(null);
    const layers = overlays.length > 0 ? { layers: { base: baseText, overlays, environment } } : {};
    const hadWork = text.trim() !== '' || overlays.length > 0;
    setNotice({ message: 'Opened the shared values.', ...(hadWork ? { previous: { text, chartVersion: previousChart, ...layers } } : {}) });
  });

  const onDrop = useCallback((file: File) => {
    void readTextFile(file).then((read) => {
      setDropped({ key: Date.now(), file: read });
      setDialog('import');
    });
  }, []);
  const onDropSeveral = useCallback((files: File[]) => {
    void readLayerFiles(files).then((picked) => {
      setDroppedLayers({ key: Date.now(), picked });
      setDialog('environments');
    });
  }, []);
  const { dragging } = useFileDrop(onDrop, onDropSeveral);
  useEffect(() => {
    if (dragging) preload('import');
  }, [dragging]);

  const close = () => {
    setDialog(null);
    setDropped(undefined);
    setDroppedLayers(undefined);
  };
  const loading = !chart;

  return (
    <div className="header-actions">
      <div className="header-actions__buttons" role="toolbar" aria-label="Values file">
        <button type="button" onClick={() => setDialog('new')}>
          New
        </button>
        <button type="button" {...preloadOn('presets')} onClick={() => setDialog('presets')}>
          Start from…
        </button>
        <button type="button" disabled={loading} {...preloadOn('import')} onClick={() => setDialog('import')}>
          Open…
        </button>
        <button type="button" disabled={loading} {...preloadOn('export')} onClick={() => setDialog('export')}>
          Export…
        </button>
        <button type="button" disabled={loading} {...preloadOn('commands')} onClick={() => setDialog('commands')}>
          Commands
        </button>
        <button type="button" disabled={loading} {...preloadOn('gitops')} onClick={() => setDialog('gitops')}>
          GitOps…
        </button>
        <button type="button" disabled={loading} {...preloadOn('share')} onClick={() => setDialog('share')}>
          Share…
        </button>
        <button type="button" disabled={loading} {...preloadOn('environments')} onClick={() => setDialog('environments')}>
          Environments…
        </button>
      </div>
      <AutosaveStatusLine isSecret={isSecret} start={autosaveStart} />
      {linkError && (
        <div className="header-actions__alert" role="alert">
          <p>
            <strong>The share link could not be opened.</strong> {linkError} Your current work is unchanged.
          </p>
          <button type="button" onClick={() => setLinkError(null)}>
            Dismiss
          </button>
        </div>
      )}
      {notice && (
        <div className="header-actions__notice" role="status">
          <p>{notice.message}</p>
          {notice.previous && (
            <button
              type="button"
              onClick={() => {
                if (notice.previous) dispatch({ type: 'workBroughtBack', ...notice.previous });
                setNotice({ message: 'Your previous work is back.' });
              }}
            >
              Bring back my previous work
            </button>
          )}
          <button type="button" aria-label="Dismiss notice" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      {dragging && <div className="header-actions__drop">Drop a values file to open it</div>}

      <ActionDialog title="Start a new file?" open={dialog === 'new'} onClose={close}>
        <p>This clears the current values, in the studio and in the copy saved in this browser. Export or share them first to keep them.</p>
        <div className="dialog-actions">
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              dispatch({ type: 'sessionReset' });
              setNotice(null);
              close();
            }}
          >
            Discard and start new
          </button>
          <button type="button" onClick={close}>
            Keep my work
          </button>
        </div>
      </ActionDialog>

      <ActionDialog title="Start from a preset" open={dialog === 'presets'} onClose={close}>
        <p>A preset replaces the current text (Undo brings it back). None of them holds a join token: it is passed at install.</p>
        <PresetList
          onChoose={(preset: Preset) => {
            dispatch({ type: 'presetApplied', text: presetText(preset, chartVersion) });
            setNotice({ message: `Started from the preset "${preset.title}". Replace the example names with yours.` });
            close();
          }}
        />
      </ActionDialog>

      <ActionDialog title="Open a values file" open={dialog === 'import'} onClose={close} wide>
        {chart && (
          <ImportPanel
            key={dropped?.key ?? 0}
            chart={chart}
            {...(dropped ? { initial: dropped.file } : {})}
            onOpen={(imported) => {
              dispatch({ type: 'fileImported', text: imported });
              setNotice({ message: 'Opened the values file.' });
              close();
            }}
            {...(currentParses
              ? {
                  onMerge: (imported: string) => {
                    const fragment = parseValues(imported);
                    if (!fragment.ok) return;
                    dispatch({ type: 'fileMerged', text: mergeIntoDocument(store.getState().document, fragment.document) });
                    setNotice({ message: 'Merged the file into your values. Undo takes it back.' });
                    close();
                  },
                }
              : {})}
            onCancel={close}
          />
        )}
      </ActionDialog>

      <ActionDialog title="Export values" open={dialog === 'export'} onClose={close} wide>
        {chart && <ExportPanel chart={chart} />}
      </ActionDialog>

      <ActionDialog title="Install commands" open={dialog === 'commands'} onClose={close} wide>
        {chart && <CommandsPanel chart={chart} rendered={rendered} />}
      </ActionDialog>

      <ActionDialog title="Install with GitOps" open={dialog === 'gitops'} onClose={close} wide>
        {chart && <GitOpsPanel chart={chart} />}
      </ActionDialog>

      <ActionDialog title="Environments" open={dialog === 'environments'} onClose={close} wide>
        {chart && (
          <WorkspacePanel
            key={droppedLayers?.key ?? 0}
            chart={chart}
            {...(droppedLayers ? { initial: droppedLayers.picked } : {})}
            readFiles={readLayerFiles}
            onDone={(message: string) => {
              setNotice({ message });
              close();
            }}
          />
        )}
      </ActionDialog>

      <ActionDialog title="Share a link" open={dialog === 'share'} onClose={close} wide>
        {isSecret && <SharePanel isSecret={isSecret} baseUrl={studioAddress()} />}
      </ActionDialog>
    </div>
  );
}

/** Files read for a workspace, each by its path in a chosen folder (or its name); one that cannot be read is a message. */
async function readLayerFiles(files: File[]): Promise<PickedFiles> {
  // Only YAML is read: a folder's other files (an archive, a README) are listed as passed over, unread.
  const read = await Promise.all(
    files.map(async (file) => {
      const path = file.webkitRelativePath || file.name;
      return { path, result: /\.ya?ml$/i.test(path) ? await readTextFile(file) : ({ ok: true, name: path, text: '' } as const) };
    }),
  );
  return {
    files: read.flatMap(({ path, result }) => (result.ok ? [{ name: path, text: result.text }] : [])),
    unreadable: read.flatMap(({ result }) => (result.ok ? [] : [result.error])),
  };
}

function studioAddress(): string {
  return window.location.origin + window.location.pathname + window.location.search;
}

/** An action's dialog; its panel's code loads when it first opens. */
function ActionDialog({ title, open, onClose, wide, children }: { title: string; open: boolean; onClose: () => void; wide?: boolean; children: ReactNode }) {
  return (
    <ModalDialog title={title} open={open} onClose={onClose} wide={wide}>
      {open && (
        <LoadErrorBoundary fallback={<p role="alert">This dialog could not be loaded. Reload the page to try again.</p>}>
          <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>
        </LoadErrorBoundary>
      )}
    </ModalDialog>
  );
}
