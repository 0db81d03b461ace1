import { strToU8, zipSync } from 'fflate';
import type { Values } from '../diagnostics/Diagnostic';
import { exportWithoutSecrets, type SecretLeftOut } from '../export/secretsLeftOut';
import type { JsonSchema } from '../schema/JsonSchema';
import { coalesceValues } from '../values/coalesceValues';
import { parseValues } from '../yaml/parseValues';
import { minimalOverlayText } from './minimalOverlayText';
import { layerFileName, type Workspace } from './Workspace';

interface WorkspaceFile {
  fileName: string;
  /** Undefined for the base. */
  environment: string | undefined;
  text: string;
  /** Secrets taken out (none when the user includes them). */
  leftOut: SecretLeftOut[];
  /** Values an overlay repeated from its base, taken out. */
  dropped: string[];
}

type WorkspaceFilesResult = { ok: true; files: WorkspaceFile[] } | { ok: false; fileName: string };

/**
 * The workspace as the files `helm install -f base.yaml -f overlay.yaml` takes: the base as written, each
 * overlay minimal against its parent (what the base and the chart give it anyway is taken out), comments
 * kept. Secrets are taken out of every file unless `includeSecrets`. A file whose YAML has errors cannot be
 * trimmed or searched for secrets: the result names it.
 */
export function workspaceFiles(workspace: Workspace, defaults: Values, schema: JsonSchema, includeSecrets: boolean): WorkspaceFilesResult {
  const base = parseValues(workspace.base);
  const baseFileName = layerFileName(workspace);
  if (!base.ok) return { ok: false, fileName: baseFileName };
  const parent = coalesceValues(defaults, base.values);
  const files: WorkspaceFile[] = [];
  const withoutSecrets = (fileName: string, environment: string | undefined, text: string, dropped: string[]): WorkspaceFile | undefined => {
    if (includeSecrets) return { fileName, environment, text, leftOut: [], dropped };
    const cleaned = exportWithoutSecrets(text, schema);
    return cleaned.ok ? { fileName, environment, text: cleaned.text, leftOut: cleaned.leftOut, dropped } : undefined;
  };
  const baseFile = withoutSecrets(baseFileName, undefined, workspace.base, []);
  if (!baseFile) return { ok: false, fileName: baseFileName };
  files.push(baseFile);
  for (const overlay of workspace.overlays) {
    const fileName = layerFileName(workspace, overlay.name);
    const minimal = minimalOverlayText(overlay.text, parent);
    const file = minimal.ok ? withoutSecrets(fileName, overlay.name, minimal.text, minimal.dropped) : undefined;
    if (!file) return { ok: false, fileName };
    files.push(file);
  }
  return { ok: true, files };
}

/** The files in one zip archive, each at the top level under its own name. */
export function zipWorkspaceFiles(files: readonly Pick<WorkspaceFile, 'fileName' | 'text'>[]): Uint8Array {
  // A fixed time: the same files make the same archive, whenever they are exported.
  return zipSync(Object.fromEntries(files.map((file) => [file.fileName, [strToU8(file.text), { mtime: new Date('2000-01-01T00:00:00Z') }]])));
}
