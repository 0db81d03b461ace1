import { useId, useMemo, useState } from 'react';
import { environmentsOfWorkspace } from '@/core/gitops/environmentsOfWorkspace';
import { exportGitOps } from '@/core/gitops/exportGitOps';
import type { GitOpsExport, GitOpsFile, GitOpsTarget } from '@/core/gitops/GitOpsExport';
import { dottedPath } from '@/core/pointer/jsonPointer';
import type { Chart } from '@/core/chart/createChart';
import type { Workspace } from '@/core/workspace/Workspace';
import { CopyableText } from '@/components/CopyableText';
import { useSession } from '@/state/sessionStore';
import './gitopsPanel.css';

const targetLabels: Record<GitOpsTarget, string> = {
  'argocd-appset': 'Argo CD ApplicationSet',
  argocd: 'Argo CD Application',
  flux: 'Flux HelmRelease',
  helmfile: 'helmfile',
};

/** Every environment, or one by name. */
const ALL = '';

/**
 * What installs the values through a GitOps engine: the target and its options, then each file the export
 * makes, with Copy and Download, and what the user must create first. An export that is not offered says why,
 * at the environment and value it is about.
 */
export function GitOpsPanel({ chart }: { chart: Chart }) {
  const baseText = useSession((s) => s.baseText);
  const overlays = useSession((s) => s.overlays);
  const fileStem = useSession((s) => s.fileStem);
  const joinToken = useSession((s) => s.joinTokenSource);
  const [target, setTarget] = useState<GitOpsTarget>('argocd-appset');
  const [singleName, setSingleName] = useState('default');
  const [chosen, setChosen] = useState(ALL);
  const [release, setRelease] = useState('');
  const [namespace, setNamespace] = useState('');
  const [fromGit, setFromGit] = useState(false);
  const [repoUrl, setRepoUrl] = useState('');
  const [repoPath, setRepoPath] = useState('');
  const [fluxValues, setFluxValues] = useState<'inline' | 'configmap'>('inline');

  // Each overlay is an environment over the base; a single file is one environment, which the user names.
  const layers = useMemo<Workspace>(() => ({ base: baseText, overlays, ...(fileStem ? { fileStem } : {}) }), [baseText, overlays, fileStem]);
  const hasOverlays = overlays.length > 0;
  const workspace = useMemo(() => environmentsOfWorkspace(layers, singleName.trim()), [layers, singleName]);
  const names = workspace.ok ? workspace.environments.map((environment) => environment.name) : [];
  const readsGit = (target === 'argocd' || target === 'argocd-appset') && fromGit;
  const missingRepository = readsGit && (repoUrl.trim() === '' || repoPath.trim() === '');

  const result = useMemo<GitOpsExport | undefined>(() => {
    if (!workspace.ok) return workspace;
    if (missingRepository) return undefined;
    // An environment removed since it was chosen leaves every environment chosen, not none.
    const one = workspace.environments.find((environment) => environment.name === chosen);
    const environments = one ? [one] : workspace.environments;
    return exportGitOps({
      target,
      environments,
      chartVersion: chart.ref.version,
      chart,
      joinToken,
      ...(release.trim() ? { release: release.trim() } : {}),
      ...(namespace.trim() ? { namespace: namespace.trim() } : {}),
      ...(readsGit ? { repository: { url: repoUrl.trim(), path: repoPath.trim() } } : {}),
      ...(target === 'helmfile' && repoPath.trim() ? { repository: { url: '', path: repoPath.trim() } } : {}),
      ...(target === 'flux' ? { fluxValues } : {}),
    });
  }, [workspace, missingRepository, chosen, target, chart, joinToken, release, namespace, readsGit, repoUrl, repoPath, fluxValues]);

  return (
    <div className="gitops-panel">
      <fieldset className="gitops-panel__targets">
        <legend>Install with</legend>
        {(Object.keys(targetLabels) as GitOpsTarget[]).map((value) => (
          <label key={value}>
            <input type="radio" name="gitops-target" checked={target === value} onChange={() => setTarget(value)} />
            {targetLabels[value]}
          </label>
        ))}
      </fieldset>

      <fieldset className="commands-panel__inputs">
        <legend>Your installation</legend>
        {hasOverlays ? (
          <label className="text-field">
            <span>Environments</span>
            <select value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value={ALL}>All ({names.length})</option>
              {names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <TextField label="Environment name" placeholder="prod-eu" value={singleName} onChange={setSingleName} />
        )}
        <TextField label="Release" placeholder="catalyst" value={release} onChange={setRelease} />
        <TextField label="Namespace" placeholder="cra-agent" value={namespace} onChange={setNamespace} />
        {(target === 'argocd' || target === 'argocd-appset') && (
          <label className="gitops-panel__check">
            <input type="checkbox" checked={fromGit} onChange={(event) => setFromGit(event.target.checked)} />
            Read the values files from Git
          </label>
        )}
        {readsGit && <TextField label="Repository URL" placeholder="https://git.example.com/fleet.git" value={repoUrl} onChange={setRepoUrl} />}
        {(readsGit || target === 'helmfile') && (
          <TextField label={target === 'helmfile' ? 'Folder of the values files' : 'Folder in the repository'} placeholder="catalyst" value={repoPath} onChange={setRepoPath} />
        )}
        {target === 'flux' && (
          <label className="text-field">
            <span>Values</span>
            <select value={fluxValues} onChange={(event) => setFluxValues(event.target.value === 'configmap' ? 'configmap' : 'inline')}>
              <option value="inline">In the HelmRelease</option>
              <option value="configmap">In a ConfigMap (valuesFrom)</option>
            </select>
          </label>
        )}
      </fieldset>

      {missingRepository && <p className="command-group__note">Name the repository and the folder that holds the values files.</p>}
      {result && !result.ok && (
        <div className="export-panel__warning" role="alert">
          <p>Nothing is exported until these are fixed:</p>
          <ul aria-label="Export problems">
            {result.problems.map((problem, index) => (
              <li key={index}>
                {problem.environment && <strong>{problem.environment}: </strong>}
                {problem.pointer ? <code>{dottedPath(problem.pointer)}</code> : null}
                {problem.pointer ? ' ' : null}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.ok && (
        <>
          {result.toCreate.length > 0 && (
            <section className="command-group" aria-labelledby="gitops-create-heading">
              <h3 id="gitops-create-heading">Create before syncing</h3>
              <p className="command-group__note">The files refer to these; a Secret's contents never go in Git as plain text (use SOPS or External Secrets).</p>
              <ul>
                {result.toCreate.map((object) => (
                  <li key={`${object.environment} ${object.namespace} ${object.name}`}>
                    <code>
                      {object.kind} {object.namespace}/{object.name}
                    </code>{' '}
                    ({object.environment}){object.keys.length > 0 && <>: keys {object.keys.join(', ')}</>}
                    <div className="command-group__note">{object.note}</div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {result.notes.length > 0 && (
            <ul className="gitops-panel__notes" aria-label="Before you commit">
              {result.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {result.files.map((file) => (
            <ExportedFile key={file.path} file={file} />
          ))}
        </>
      )}
    </div>
  );
}

/** A download's name: the file's path with its folders joined by `-`, since a download is one file. */
function downloadName(path: string): string {
  return path.replace(/\//g, '-');
}

const roleNotes: Record<GitOpsFile['role'], string> = {
  manifests: '',
  values: 'Commit this copy: it has no secrets.',
  'secrets-template': 'Fill in and encrypt before committing.',
};

function ExportedFile({ file }: { file: GitOpsFile }) {
  return <CopyableText heading label={file.path} text={file.text} downloadAs={downloadName(file.path)} note={roleNotes[file.role]} className="gitops-panel__text" />;
}

function TextField({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="text-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" placeholder={placeholder} value={value} spellCheck={false} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
