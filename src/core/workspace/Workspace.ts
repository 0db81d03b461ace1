/**
 * A fleet's values as `helm install -f base.yaml -f prod.yaml` takes them: one base file shared by every
 * environment, and one overlay per environment (a cluster, a region) that says only where it differs.
 * Each layer is kept as the user wrote it, comments and key order included; values are read from the text.
 */
export interface Workspace {
  /** The base file: what every environment starts from. */
  base: string;
  /** One overlay per environment, in the order the user added them; names are unique (see checkEnvironmentName). */
  overlays: readonly Layer[];
  /**
   * The name the files are written under (`values` → `values.yaml`, `values-prod.yaml`), from the files the
   * workspace was imported from; absent, the studio's own name for a values file.
   */
  fileStem?: string;
}

/** One environment's overlay: its name and its file as written. */
export interface Layer {
  name: string;
  text: string;
}

/** The name files get when the workspace was not imported from files of the user's own. */
export const DEFAULT_FILE_STEM = 'catalyst-values';

/** The file each layer is exported as: `<stem>.yaml` for the base, `<stem>-<environment>.yaml` for an overlay. */
export function layerFileName(workspace: Pick<Workspace, 'fileStem'>, environment?: string): string {
  const stem = workspace.fileStem ?? DEFAULT_FILE_STEM;
  return environment === undefined ? `${stem}.yaml` : `${stem}-${environment}.yaml`;
}

/**
 * The files `helm install` takes for one layer of a workspace, in order, named as the workspace is exported:
 * the base alone, or the base then the environment's overlay (`-f values.yaml -f values-prod.yaml`).
 */
export function layerValuesFiles(workspace: Pick<Workspace, 'fileStem'>, environment: string | undefined): string[] {
  const base = layerFileName(workspace);
  return environment === undefined ? [base] : [base, layerFileName(workspace, environment)];
}
