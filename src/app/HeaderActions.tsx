import { Component, lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ModalDialog } from '@/components/ModalDialog';
import { parsePointer } from '@/core/pointer/jsonPointer';
import type { Preset } from '@/core/presets/Preset';
import { isSecretPointer } from '@/core/secrets/isSecretPointer';
import { AutosaveStatusLine } from '@/features/autosave/AutosaveStatusLine';
import {
  keepWorkBeforeShare,
  loadRememberSecrets,
  loadSavedSession,
  loadWorkBeforeShare,
  saveRememberSecrets,
  type SavedSession,
} from '@/features/autosave/autosaveStorage';
import { useAutosave } from '@/features/autosave/useAutosave';
import { chartQuery } from '@/features/chart-version/chartQuery';
import type { OpenedShare } from '@/features/share-link/openSharePayload';
import { useShareLinkInAddress } from '@/features/share-link/useShareLinkInAddress';
import { readTextFile, type ReadTextFileResult } from '@/features/values-file/readTextFile';
import { useFileDrop } from '@/features/values-file/useFileDrop';
import { useDispatch, useSession } from '@/state/sessionStore';
import './header-actions.css';

type DialogName = 'new' | 'presets' | 'import' | 'export' | 'commands' | 'share';

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
  share: () => import('@/features/share-link/SharePanel'),
} satisfies Partial<Record<DialogName, () => Promise<unknown>>>;

const PresetList = lazy(() => panelLoaders.presets().then((m) => ({ default: m.PresetList })));
const ImportPanel = lazy(() => panelLoaders.import().then((m) => ({ default: m.ImportPanel })));
const ExportPanel = lazy(() => panelLoaders.export().then((m) => ({ default: m.ExportPanel })));
const CommandsPanel = lazy(() => panelLoaders.commands().then((m) => ({ default: m.CommandsPanel })));
const SharePanel = lazy(() => panelLoaders.share().then((m) => ({ default: m.SharePanel })));

/** Warms a dialog's chunk. A failed fetch is not reported here: opening the dialog says so. */
function preload(name: keyof typeof panelLoaders): void {
  panelLoaders[name]().catch(() => undefined);
}

/** Props that start loading a dialog's contents when the user heads for its button. */
function preloadOn(name: keyof typeof panelLoaders) {
  return { onPointerEnter: () => preload(name), onFocus: () => preload(name) };
}

interface Notice {
  text: string;
  /** Offered after a share link replaced saved work. */
  restore?: SavedSession;
}

/**
 * The header's file actions: new, presets, open (picker, drop, paste), export, commands and share,
 * plus the autosave line. Composes the features; the logic lives in them and in core.
 */
export function HeaderActions() {
  const dispatch = useDispatch();
  const chartVersion = useSession((s) => s.chartVersion);
  const text = useSession((s) => s.text);
  const textParses = useSession((s) => s.textParses);
  const userValues = useSession((s) => s.userValues);
  const chart = useQuery(chartQuery(chartVersion));
  const validator = chart.data;
  const isSecret = useMemo(() => (validator ? isSecretPointer(validator.schema) : undefined), [validator]);

  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [dropped, setDropped] = useState<{ key: number; file: ReadTextFileResult } | undefined>(undefined);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [ready, setReady] = useState(false);
  const [rememberSecrets, setRememberSecrets] = useState(loadRememberSecrets);

  const openShared = useCallback(
    (result: OpenedShare, saved: SavedSession | undefined) => {
      if (!result.ok) {
        setLinkError(result.error);
        return false;
      }
      if (saved) keepWorkBeforeShare(saved);
      dispatch({ type: 'shareOpened', text: result.text, chartVersion: result.chartVersion });
      setLinkError(null);
      setNotice({ text: 'Opened the shared values.', ...(saved ? { restore: saved } : {}) });
      return true;
    },
    [dispatch],
  );

  useShareLinkInAddress(
    (result) => {
      const saved = loadSavedSession();
      const opened = result ? openShared(result, saved) : false;
      if (!opened && saved) {
        dispatch({ type: 'sessionRestored', text: saved.text, chartVersion: saved.chartVersion });
        setNotice({ text: restoredMessage(saved) });
      }
      setReady(true);
    },
    (result) => openShared(result, loadSavedSession()),
  );

  const onRememberSecretsChange = useCallback((remember: boolean) => {
    saveRememberSecrets(remember);
    setRememberSecrets(remember);
  }, []);
  const status = useAutosave({ enabled: ready, chartVersion, text, textParses, userValues, rememberSecrets, isSecret });

  const onDrop = useCallback((file: File) => {
    void readTextFile(file).then((read) => {
      setDropped({ key: Date.now(), file: read });
      setDialog('import');
    });
  }, []);
  const { dragging } = useFileDrop(onDrop);
  useEffect(() => {
    if (dragging) preload('import');
  }, [dragging]);

  const close = () => {
    setDialog(null);
    setDropped(undefined);
  };
  const loading = !validator;

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
        <button type="button" disabled={loading} {...preloadOn('share')} onClick={() => setDialog('share')}>
          Share…
        </button>
      </div>
      <AutosaveStatusLine
        status={status}
        rememberSecrets={rememberSecrets}
        onRememberSecretsChange={onRememberSecretsChange}
      />
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
          <p>{notice.text}</p>
          {notice.restore && (
            <button
              type="button"
              onClick={() => {
                const previous = loadWorkBeforeShare() ?? notice.restore;
                if (previous) {
                  dispatch({ type: 'fileImported', text: previous.text });
                  dispatch({ type: 'chartSelected', version: previous.chartVersion });
                }
                setNotice({ text: 'Your previous work is back.' });
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
            dispatch({ type: 'presetApplied', text: preset.text });
            setNotice({ text: `Started from the preset "${preset.title}". Replace the example names with yours.` });
            close();
          }}
        />
      </ActionDialog>

      <ActionDialog title="Open a values file" open={dialog === 'import'} onClose={close} wide>
        {validator && (
          <ImportPanel
            key={dropped?.key ?? 0}
            validator={validator}
            {...(dropped ? { initial: dropped.file } : {})}
            onOpen={(imported) => {
              dispatch({ type: 'fileImported', text: imported });
              setNotice({ text: 'Opened the values file.' });
              close();
            }}
            onCancel={close}
          />
        )}
      </ActionDialog>

      <ActionDialog title="Export values" open={dialog === 'export'} onClose={close} wide>
        {validator && <ExportPanel validator={validator} />}
      </ActionDialog>

      <ActionDialog title="Install commands" open={dialog === 'commands'} onClose={close} wide>
        {validator && <CommandsPanel validator={validator} />}
      </ActionDialog>

      <ActionDialog title="Share a link" open={dialog === 'share'} onClose={close} wide>
        {validator && isSecret && <SharePanel validator={validator} isSecret={isSecret} baseUrl={studioAddress()} />}
      </ActionDialog>
    </div>
  );
}

function restoredMessage(saved: SavedSession): string {
  if (saved.blanked.length === 0) return 'Restored your work from this browser.';
  const names = saved.blanked.map((p) => parsePointer(p).join('.')).join(', ');
  return `Restored your work from this browser. Secret values were not saved: fill in ${names} again.`;
}

function studioAddress(): string {
  return window.location.origin + window.location.pathname + window.location.search;
}

/** An action's dialog; its panel's code loads when it first opens. */
function ActionDialog({ title, open, onClose, wide, children }: { title: string; open: boolean; onClose: () => void; wide?: boolean; children: ReactNode }) {
  return (
    <ModalDialog title={title} open={open} onClose={onClose} wide={wide}>
      {open && (
        <PanelLoadBoundary>
          <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>
        </PanelLoadBoundary>
      )}
    </ModalDialog>
  );
}

/** A dialog whose code could not be fetched (server redeployed, network gone) says so instead of taking the page down. */
class PanelLoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? (
      <p role="alert">This dialog could not be loaded. Reload the page to try again.</p>
    ) : (
      this.props.children
    );
  }
}
