/** What Helm made of a request: either manifests and notes, or the error Helm stopped at. */
export interface HelmRenderResult {
  /** In the order `helm template` prints them: hooks last, each group sorted as Helm sorts it. */
  manifests: HelmManifest[];
  /** The rendered NOTES.txt of the top chart (`helm template` does not print it; `helm install` does). */
  notes: string;
  /** Exactly what `helm template` would write to stdout; `''` when it fails. */
  output: string;
  error: HelmEngineError | null;
}

export interface HelmManifest {
  /** The template that produced it, as Helm names it: `catalyst/templates/gateway/deployment.yaml`. */
  source: string;
  kind: string;
  name: string;
  /** `metadata.namespace` as written in the manifest; `''` when the template leaves it out. */
  namespace: string;
  /** The document's text as printed, without the `---` / `# Source:` header. */
  yaml: string;
  /** The `helm.sh/hook` events (`pre-install`, `test` …) when the manifest is a hook; empty otherwise. */
  hooks: string[];
}

/**
 * Where Helm stopped.
 * - `schema`: the merged values break the chart's or a subchart's values.schema.json.
 * - `render`: a template failed (`required`, `fail`, a nil pointer, a missing `include`…).
 * - `yaml`: a template rendered text that is not YAML, or a manifest without kind/metadata.
 * - `values`: a values file or `--set` argument does not parse.
 * - `chart`: the archive is not a chart Helm can load.
 * - `limit`: the engine was stopped: it ran past its time or output limit (see helmEngineLimits).
 * - `superseded`: a newer request replaced this one before it ran; callers drop this result.
 */
type HelmErrorPhase = 'schema' | 'render' | 'yaml' | 'values' | 'chart' | 'limit' | 'superseded';

export interface HelmEngineError {
  phase: HelmErrorPhase;
  /** The template Helm names in the message (`catalyst/templates/_helpers.tpl`), or null. */
  template: string | null;
  /** The 1-based line in that template Helm names, or null. */
  line: number | null;
  /** Helm's own message, as `helm template` prints it after `Error: `. */
  message: string;
}

/** A result that is only Helm's error: kept apart from the engine's loader so callers need not load the engine to report one. */
export function failure(phase: HelmErrorPhase, message: string): HelmRenderResult {
  return { manifests: [], notes: '', output: '', error: { phase, template: null, line: null, message } };
}
