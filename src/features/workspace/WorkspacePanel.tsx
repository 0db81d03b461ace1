import { useId, useMemo, useState } from 'react';
import { downloadBlob, downloadText } from '@/components/downloadText';
import { dottedPath } from '@/core/pointer/jsonPointer';
import type { Chart } from '@/core/chart/createChart';
import { checkEnvironmentName } from '@/core/workspace/checkEnvironmentName';
import { layersFromFiles, type LayerFile, type LayersFromFilesResult } from '@/core/workspace/layersFromFiles';
import { workspaceFiles, zipWorkspaceFiles } from '@/core/workspace/workspaceFiles';
import { DEFAULT_FILE_STEM } from '@/core/workspace/Workspace';
import { useDispatch, useSession } from '@/state/sessionStore';
import { readLayerFiles, type PickedFiles } from './readLayerFiles';
import './workspace.css';

interface WorkspacePanelProps {
  chart: Chart;
  /** Files dropped on the page or picked before the panel opened. */
  initial?: PickedFiles;
  onDone: (message: string) => void;
}

/**
 * Environments: add one (an empty overlay over the base), open several files or a folder as a base and its
 * overlays, and export the workspace as the files `helm install -f` takes.
 */
export function WorkspacePanel({ chart, initial, onDone }: WorkspacePanelProps) {
  const hasOverlays = useSession((s) => s.overlays.length > 0);
  return (
    <div className="workspace-panel">
      <AddEnvironment onDone={onDone} />
      <OpenLayers initial={initial} onDone={onDone} />
      {hasOverlays && <ExportWorkspace chart={chart} />}
    </div>
  );
}

function AddEnvironment({ onDone }: { onDone: (message: string) => void }) {
  const dispatch = useDispatch();
  const names = useSession((s) => s.overlays.map((overlay) => overlay.name).join('\n'));
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const inputId = useId();
  const problem = checkEnvironmentName(name.trim(), names === '' ? [] : names.split('\n'));
  return (
    <section aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>Add an environment</h3>
      <p>
        An environment is a small overlay over the base file: the values where one cluster or region differs. The form then shows it
        merged over the base, judged as Helm will judge it.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (problem) return;
          dispatch({ type: 'environmentAdded', name: name.trim() });
          onDone(`Added the environment ${name.trim()}: values you set now are for it only.`);
        }}
      >
        <label htmlFor={inputId}>Environment name</label>{' '}
        <input id={inputId} value={name} onChange={(event) => setName(event.target.value)} aria-invalid={tried && problem !== undefined} aria-describedby={`${inputId}-problem`} placeholder="prod-eu" />{' '}
        <button type="submit" className="button-primary">
          Add environment
        </button>
        {tried && problem && (
          <p id={`${inputId}-problem`} className="workspace-panel__error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}

function OpenLayers({ initial, onDone }: { initial: PickedFiles | undefined; onDone: (message: string) => void }) {
  const dispatch = useDispatch();
  const [picked, setPicked] = useState<PickedFiles | undefined>(initial);
  const result: LayersFromFilesResult | undefined = useMemo(() => (picked && picked.files.length > 0 ? layersFromFiles(picked.files) : undefined), [picked]);
  const filesId = useId();
  const folderId = useId();
  const choose = (list: FileList | null) => {
    if (list && list.length > 0) void readLayerFiles([...list]).then(setPicked);
  };
  return (
    <section aria-labelledby={`${filesId}-title`}>
      <h3 id={`${filesId}-title`}>Open files as environments</h3>
      <p>
        Choose a base file and its overlays together (<code>values.yaml</code> with <code>values-prod.yaml</code>, <code>values-staging.yaml</code>), or a
        folder of them. The file the others extend is the base; each other file is an environment named by what its name adds.
      </p>
      <label htmlFor={filesId}>Values files</label> <input id={filesId} type="file" multiple accept=".yaml,.yml" onChange={(event) => choose(event.target.files)} />{' '}
      <label htmlFor={folderId}>Folder</label>{' '}
      <input id={folderId} type="file" ref={(input) => input?.setAttribute('webkitdirectory', '')} onChange={(event) => choose(event.target.files)} />
      {picked && picked.unreadable.length > 0 && (
        <ul className="workspace-panel__error" role="alert">
          {picked.unreadable.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {result && !result.ok && (
        <p className="workspace-panel__error" role="alert">
          {result.message}
        </p>
      )}
      {result?.ok && (
        <div className="workspace-panel__files">
          <ul aria-label="Layers found">
            <li>
              Base: <code>{result.baseFile}</code>
            </li>
            {result.overlayFiles.map((entry) => (
              <li key={entry.environment}>
                {entry.environment}: <code>{entry.file}</code>
              </li>
            ))}
            {result.skipped.map((entry) => (
              <li key={entry.file}>
                Passed over: <code>{entry.file}</code> ({entry.reason})
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              dispatch({ type: 'workspaceImported', workspace: result.workspace });
              onDone(`Opened ${result.overlayFiles.length + 1} files as a base and ${result.overlayFiles.length} environments. Undo brings your previous work back.`);
            }}
          >
            Open as base and {result.overlayFiles.length} {result.overlayFiles.length === 1 ? 'environment' : 'environments'}
          </button>
        </div>
      )}
    </section>
  );
}

function ExportWorkspace({ chart }: { chart: Chart }) {
  const base = useSession((s) => s.baseText);
  const overlays = useSession((s) => s.overlays);
  const fileStem = useSession((s) => s.fileStem);
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const result = useMemo(
    () => workspaceFiles({ base, overlays, fileStem: fileStem ?? DEFAULT_FILE_STEM }, chart.defaults, chart.schema, includeSecrets),
    [base, overlays, fileStem, chart, includeSecrets],
  );
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Export the workspace</h3>
      <p>The base as you wrote it, and each overlay with only what it changes from the base; comments kept.</p>
      <label>
        <input type="checkbox" checked={includeSecrets} onChange={(event) => setIncludeSecrets(event.target.checked)} /> Include secrets in the files
      </label>
      {!result.ok ? (
        <p className="workspace-panel__error" role="alert">
          {result.fileName} has YAML errors: fix them to export the workspace.
        </p>
      ) : (
        <>
          <ul aria-label="Workspace files">
            {result.files.map((file) => (
              <li key={file.fileName}>
                <button type="button" className="button button--link" onClick={() => downloadText(file.fileName, file.text)}>
                  Download {file.fileName}
                </button>
                {file.leftOut.length > 0 && <> · left out: {file.leftOut.map((secret) => dottedPath(secret.pointer)).join(', ')}</>}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              const zip = zipWorkspaceFiles(result.files);
              downloadBlob(`${fileStem ?? DEFAULT_FILE_STEM}.zip`, new Blob([zip as BlobPart], { type: 'application/zip' }));
            }}
          >
            Download all as {fileStem ?? DEFAULT_FILE_STEM}.zip
          </button>
        </>
      )}
    </section>
  );
}

