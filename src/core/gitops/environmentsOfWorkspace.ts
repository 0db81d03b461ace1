import { readWorkspace } from '../workspace/readWorkspace';
import { layerFileName, type Workspace } from '../workspace/Workspace';
import type { GitOpsEnvironment } from './GitOpsEnvironment';
import type { GitOpsProblem } from './GitOpsExport';

type WorkspaceEnvironments = { ok: true; environments: GitOpsEnvironment[] } | { ok: false; problems: GitOpsProblem[] };

/**
 * A workspace's environments as an export takes them: each its base and overlay files, under the names the
 * workspace exports them as, and their values merged as Helm merges them. A workspace of one file is one
 * environment, named `singleName`. A layer whose text does not parse is refused, not exported as empty.
 */
export function environmentsOfWorkspace(workspace: Workspace, singleName: string): WorkspaceEnvironments {
  const read = readWorkspace(workspace);
  const base = { path: layerFileName(workspace), text: workspace.base };
  const unparsed = [read.base, ...read.environments.map((environment) => environment.overlay)].filter((layer) => !layer.parses);
  if (unparsed.length > 0) {
    return {
      ok: false,
      problems: unparsed.map((layer) => ({
        ...(layer.environment === undefined ? {} : { environment: layer.environment }),
        message: `${layerFileName(workspace, layer.environment)} is not valid YAML (line ${layer.issues[0]?.line ?? 1}): fix it before exporting.`,
      })),
    };
  }
  if (read.environments.length === 0) return { ok: true, environments: [{ name: singleName, files: [base], values: read.base.values }] };
  return {
    ok: true,
    environments: read.environments.map((environment) => ({
      name: environment.name,
      files: [base, { path: layerFileName(workspace, environment.name), text: environment.overlay.text }],
      values: environment.userValues,
    })),
  };
}
