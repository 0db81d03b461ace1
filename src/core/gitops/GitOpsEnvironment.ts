import type { Values } from '../diagnostics/Diagnostic';

/** A values file as the user keeps it: its path (as named in `helm install -f PATH`) and its text. */
export interface ValuesFile {
  path: string;
  text: string;
}

/**
 * One environment (a cluster, a region) a GitOps export installs Catalyst into: the values files Helm layers
 * for it, base first (`helm install -f base.yaml -f prod.yaml`), and those files merged as Helm merges them:
 * the user's own values for this environment, not yet merged over the chart's defaults.
 */
export interface GitOpsEnvironment {
  /** Names the environment's objects (`catalyst-prod-eu`) and its cluster: a DNS label. */
  name: string;
  files: readonly ValuesFile[];
  values: Values;
}
