import { printValues } from '../yaml/printValues';
import type { ValuesRepository } from './GitOpsExport';
import { argoCdNamespace, hasKeys, valuesSource } from './argoCdApplication';
import { argoCdRepoUrl } from './chartSource';
import type { EnvironmentExport, ExportSettings, ManifestObject } from './EnvironmentExport';

/**
 * One Argo CD ApplicationSet that makes an Application per environment from a list generator: each element
 * carries its environment's name, the cluster it deploys to (registered in Argo CD under the environment's
 * name), its chart repository and its values. Go templates, with missing keys an error, so a typo in an
 * element fails loudly instead of deploying empty values.
 *
 * Without a repository an element's values are YAML text the template hands to Helm (`helm.values`). With
 * one, each element lists its values files and `templatePatch` writes the sources: a list's length cannot
 * vary per element in the template itself.
 */
export function argoCdApplicationSet(environments: readonly EnvironmentExport[], settings: ExportSettings, repository?: ValuesRepository): ManifestObject {
  const elements = environments.map((environment) => ({
    environment: environment.name,
    cluster: environment.name,
    chartRepository: argoCdRepoUrl(environment.chart),
    ...(repository
      ? { valueFiles: environment.valueFiles, ...(hasKeys(environment.plan.added) ? { addedValues: printValues(environment.plan.added) } : {}) }
      : { values: printValues(environment.plan.values) }),
  }));
  const chart = environments[0]?.chart.chart ?? 'catalyst';
  const source = { repoURL: '{{ .chartRepository }}', chart, targetRevision: settings.chartVersion };
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: { name: settings.release, namespace: argoCdNamespace },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [{ list: { elements } }],
      template: {
        metadata: { name: `${settings.release}-{{ .environment }}` },
        spec: {
          project: 'default',
          ...(repository ? {} : { source: { ...source, helm: { releaseName: settings.release, values: '{{ .values }}' } } }),
          destination: { name: '{{ .cluster }}', namespace: settings.namespace },
          syncPolicy: { syncOptions: ['CreateNamespace=true'] },
        },
      },
      ...(repository ? { templatePatch: sourcesPatch(source, settings.release, repository, environments.some((e) => hasKeys(e.plan.added))) } : {}),
    },
  };
}

/** The two sources of an Application whose values files come from Git, as the text `templatePatch` renders per element. */
function sourcesPatch(source: Record<string, string>, release: string, repository: ValuesRepository, anyAdded: boolean): string {
  const values = valuesSource(repository);
  return [
    'spec:',
    '  sources:',
    `    - repoURL: '${source['repoURL']}'`,
    `      chart: ${source['chart']}`,
    `      targetRevision: '${source['targetRevision']}'`,
    '      helm:',
    `        releaseName: ${release}`,
    '        valueFiles:',
    '        {{- range .valueFiles }}',
    `          - '$${String(values['ref'])}/{{ . }}'`,
    '        {{- end }}',
    ...(anyAdded ? ['        {{- if hasKey . "addedValues" }}', '        values: {{ .addedValues | toJson }}', '        {{- end }}'] : []),
    `    - repoURL: ${JSON.stringify(values['repoURL'])}`,
    `      targetRevision: ${JSON.stringify(values['targetRevision'])}`,
    `      ref: ${String(values['ref'])}`,
    '',
  ].join('\n');
}
