import type { Values } from '../diagnostics/Diagnostic';
import { chartReference } from '../commands/chartReference';

/** Where an engine pulls the chart from: the user's private registry when the values name one, else the public one. */
export interface ChartSource {
  /** `oci://registry.example.com/charts/catalyst` or `https://charts.example.com/catalyst`: as `helm install` names it. */
  reference: string;
  /** The repository that holds the chart: `oci://registry.example.com/charts` or `https://charts.example.com`. */
  repository: string;
  chart: string;
  version: string;
  oci: boolean;
}

export function chartSource(values: Values, version: string): ChartSource {
  const reference = chartReference(values);
  const chart = reference.slice(reference.lastIndexOf('/') + 1);
  return { reference, repository: reference.slice(0, reference.lastIndexOf('/')), chart, version, oci: reference.startsWith('oci://') };
}

/** Argo CD names a Helm OCI repository without its scheme (and knows it is OCI from the repository's `enableOCI`). */
export function argoCdRepoUrl(source: ChartSource): string {
  return source.oci ? source.repository.replace(/^oci:\/\//, '') : source.repository;
}
