import type { Values } from '../diagnostics/Diagnostic';
import type { HelmProblem } from './locateHelmError';

/** What Helm's engine made of the user's values for the chart archive at hand. */
export interface HelmVerdict {
  /** The user's values Helm judged: a studio problem whose value is unchanged since was seen by Helm. */
  userValues: Values;
  /**
   * Where Helm stopped: `null` when it rendered the values. Tells which of the studio's own checks Helm got
   * past: a failure at `render` means the schema passed; at `yaml`, every template ran too.
   */
  failedAt: string | null;
  /** Helm's complaints, each at the value it is about. */
  problems: HelmProblem[];
  /**
   * What the Kubernetes API server would refuse in the objects Helm rendered, at the user's value that
   * produced it, else at the document (`''`), each naming its object. Absent until they have been checked.
   */
  kubernetes?: HelmProblem[];
  /**
   * Why this verdict is about earlier values (Helm did not finish judging later ones); absent while it is
   * Helm's latest word.
   */
  staleBecause?: string;
}
