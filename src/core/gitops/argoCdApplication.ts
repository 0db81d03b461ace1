import { isValuesMap } from '../values/isValuesMap';
import type { ValuesRepository } from './GitOpsExport';
import { argoCdRepoUrl } from './chartSource';
import type { EnvironmentExport, ExportSettings, ManifestObject } from './EnvironmentExport';

/** Argo CD's own namespace, where it watches for Applications. */
export const argoCdNamespace = 'argocd';

/** The name the second source carries, so the chart's source can say `$values/<path>`. */
const valuesSourceRef = 'values';

/**
 * An Argo CD Application for one environment. Without a repository its values are written in it
 * (`valuesObject`); with one, the chart comes from its registry and the values files from Git, through
 * a second source (`$values/...`), and only what the export added goes in `valuesObject`, which wins over
 * the files as a later `-f` would.
 */
export function argoCdApplication(environment: EnvironmentExport, settings: ExportSettings, repository?: ValuesRepository): ManifestObject {
  const chart = {
    repoURL: argoCdRepoUrl(environment.chart),
    chart: environment.chart.chart,
    targetRevision: environment.chart.version,
  };
  const spec = repository
    ? {
        sources: [
          {
            ...chart,
            helm: {
              releaseName: settings.release,
              valueFiles: environment.valueFiles.map((file) => `$${valuesSourceRef}/${file}`),
              ...(hasKeys(environment.plan.added) ? { valuesObject: environment.plan.added } : {}),
            },
          },
          valuesSource(repository),
        ],
      }
    : { source: { ...chart, helm: { releaseName: settings.release, valuesObject: environment.plan.values } } };
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: `${settings.release}-${environment.name}`, namespace: argoCdNamespace },
    spec: {
      project: 'default',
      ...spec,
      destination: { name: environment.name, namespace: settings.namespace },
      syncPolicy: { syncOptions: ['CreateNamespace=true'] },
    },
  };
}

export function valuesSource(repository: ValuesRepository): Record<string, unknown> {
  return { repoURL: repository.url, targetRevision: repository.revision || 'HEAD', ref: valuesSourceRef };
}

export function hasKeys(values: unknown): boolean {
  return isValuesMap(values) && Object.keys(values).length > 0;
}
