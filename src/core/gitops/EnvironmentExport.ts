import type { ChartSource } from './chartSource';
import type { SecretPlan } from './planSecrets';

/** One environment, ready for a target to write: its values without secrets, its chart, the files it layers. */
export interface EnvironmentExport {
  name: string;
  plan: SecretPlan;
  chart: ChartSource;
  /** The environment's values files as the engine finds them (under the repository's path), base first. */
  valueFiles: string[];
}

/** What every target needs beyond the environments. */
export interface ExportSettings {
  release: string;
  namespace: string;
  chartVersion: string;
}

/** A Kubernetes object as the export writes it: checked against its schema before it is offered. */
export interface ManifestObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  [field: string]: unknown;
}
