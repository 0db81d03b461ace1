/** Errors are what `helm install` would reject; warnings are install-time traps and settings that do nothing. */
export type Severity = 'error' | 'warning';

/** Where a problem was found, so the form, the editor and the CLI can all point at it. */
/**
 * `helm`: Helm's own verdict, from its engine rendering the chart archive with these values.
 * `kubernetes`: what the Kubernetes API server would refuse in the objects Helm rendered from them.
 */
export type DiagnosticSource = 'yaml' | 'schema' | 'rule' | 'unknown-key' | 'trap' | 'helm' | 'kubernetes';

export interface Diagnostic {
  /** JSON Pointer into the values (`/gateway/tls/existingSecret`); `''` for the document itself. */
  pointer: string;
  severity: Severity;
  message: string;
  /** 1-based line and column in the user's text; the nearest existing ancestor when the key is absent. */
  line: number;
  column: number;
  source: DiagnosticSource;
  /** A replacement that fixes the problem, when one is known (e.g. a did-you-mean key or enum value). */
  suggestion?: string;
  /**
   * The rendered object the problem is in (kind, namespace and name, as the Manifests view keys objects), for
   * a `kubernetes` problem: where no value of the user's explains it, the object is where to look.
   */
  object?: string;
}

/** A plain values tree, as Helm holds it after parsing. */
export type Values = Record<string, unknown>;
