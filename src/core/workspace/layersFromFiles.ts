import { toEnvironmentName } from './checkEnvironmentName';
import type { Layer, Workspace } from './Workspace';

/** A file the user chose or dropped, by its name (a folder's files by their path inside it). */
export interface LayerFile {
  name: string;
  text: string;
}

export type LayersFromFilesResult =
  | {
      ok: true;
      workspace: Workspace;
      /** The file read as the base, and each overlay's file, for the import report. */
      baseFile: string;
      overlayFiles: { environment: string; file: string }[];
      /** Files passed over (not values files), with why. */
      skipped: { file: string; reason: string }[];
    }
  | { ok: false; message: string };

const SEPARATOR = /^[-_.]+/;

/**
 * Several values files (or a folder of them) as one workspace, the way teams name them for
 * `helm install -f values.yaml -f values-prod.yaml`: the base is the file whose name the others extend
 * (`values.yaml` under `values-prod.yaml`, `values-staging.yaml`), else one named `values` or `base`, else the
 * first one given; each other file is an environment named by what its name adds (`prod`, `staging`).
 * A chart's own files in a dropped chart folder (Chart.yaml, templates) are passed over and listed.
 */
export function layersFromFiles(files: readonly LayerFile[]): LayersFromFilesResult {
  const skipped: { file: string; reason: string }[] = [];
  const candidates: (LayerFile & { stem: string })[] = [];
  for (const file of files) {
    const reason = notAValuesFile(file.name);
    if (reason) skipped.push({ file: file.name, reason });
    else candidates.push({ ...file, stem: stemOf(file.name) });
  }
  if (candidates.length === 0) {
    return { ok: false, message: 'None of these is a values file: choose .yaml or .yml files (for example values.yaml and values-prod.yaml).' };
  }
  const base = chooseBase(candidates);
  const overlays: Layer[] = [];
  const overlayFiles: { environment: string; file: string }[] = [];
  for (const file of candidates) {
    if (file === base) continue;
    const suffix = file.stem.startsWith(base.stem) ? file.stem.slice(base.stem.length).replace(SEPARATOR, '') : file.stem;
    const name = uniqueName(toEnvironmentName(suffix) ?? toEnvironmentName(file.stem) ?? 'env', overlays);
    overlays.push({ name, text: file.text });
    overlayFiles.push({ environment: name, file: file.name });
  }
  return { ok: true, workspace: { base: base.text, overlays, fileStem: base.stem }, baseFile: base.name, overlayFiles, skipped };
}

function chooseBase<T extends { stem: string }>(files: readonly T[]): T {
  const extendedByAll = files.filter((file) => files.every((other) => other === file || extendsStem(other.stem, file.stem)));
  const named = files.find((file) => ['values', 'base'].includes(file.stem.toLowerCase()));
  return extendedByAll[0] ?? named ?? (files[0] as T);
}

/** `values-prod` extends `values`; `values2` does not (a name that merely starts the same is another file). */
function extendsStem(stem: string, base: string): boolean {
  return stem.length > base.length && stem.startsWith(base) && SEPARATOR.test(stem.slice(base.length));
}

function notAValuesFile(path: string): string | undefined {
  const segments = path.split('/');
  const name = segments[segments.length - 1] ?? path;
  if (!/\.ya?ml$/i.test(name)) return 'not a YAML file';
  if (/^(Chart|requirements)\.ya?ml$/i.test(name)) return "the chart's own metadata, not values";
  if (segments.slice(0, -1).includes('templates')) return "one of the chart's templates, not values";
  return undefined;
}

function stemOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.ya?ml$/i, '');
}

function uniqueName(name: string, taken: readonly Layer[]): string {
  if (!taken.some((layer) => layer.name === name) && name !== 'base') return name;
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, 60)}-${n}`;
    if (!taken.some((layer) => layer.name === candidate)) return candidate;
  }
}
