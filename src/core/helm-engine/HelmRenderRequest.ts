/**
 * One `helm template` run, as data. The engine is offline: everything Helm would read from disk (the chart,
 * the values files, `--set-file` contents) travels in the request.
 */
export interface HelmRenderRequest {
  /** The chart as `helm pull` delivers it (a .tgz, dependency charts inside `charts/`). */
  chart: Uint8Array;
  /** Values files' text, in `-f` order: later files win, as with Helm. */
  values: readonly string[];
  /** The values files' names, for Helm's "failed to parse NAME" message; `values file N` when absent. */
  valueFileNames?: readonly string[];
  /**
   * `folder`: `chart` is a .tgz of a chart folder as it sits on disk; its .helmignore applies, as with
   * `helm template ./folder`. Default `archive`: a packaged chart, taken whole.
   */
  chartSource?: 'archive' | 'folder';
  /**
   * `--set` and friends, each as written after its flag. Helm applies them after the values files, grouped by
   * flag in this order whatever order they were given in: set-json, set, set-string, set-file, set-literal.
   */
  set: readonly HelmSetArgument[];
  /** `helm template RELEASE`; Helm's own default is `release-name`. */
  release: string;
  /** `--namespace`; Helm's default is `default`. */
  namespace: string;
  /** `--kube-version`, e.g. `1.31.0`; empty for Helm's built-in default. */
  kubeVersion: string;
  /** `--api-versions`: extra API versions `.Capabilities.APIVersions.Has` answers true for. */
  apiVersions?: readonly string[];
  /** `--include-crds`: print the chart's crds/ files before the templates. Off by default, as in Helm. */
  includeCrds?: boolean;
  /**
   * Leave the result's `output` empty: for a caller that reads only the verdict and the manifests, which then
   * cross from the engine once instead of twice.
   */
  omitOutput?: boolean;
}

export type HelmSetArgument =
  | { flag: 'set' | 'set-string' | 'set-json' | 'set-literal'; text: string }
  /** `--set-file key=path`: the host reads the file, the engine gets its content. */
  | { flag: 'set-file'; key: string; content: string };
