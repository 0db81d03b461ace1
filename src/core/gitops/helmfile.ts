import { printValues } from '../yaml/printValues';
import type { EnvironmentExport, ExportSettings } from './EnvironmentExport';

/** Where helmfile finds an environment's SOPS-encrypted secrets, beside the helmfile. */
export function helmfileSecretsPath(environment: string): string {
  return `secrets/${environment}.yaml`;
}

/**
 * A helmfile with one `environments:` entry per environment and one release, `helmfile -e NAME apply` installing
 * that environment. An entry holds what differs: the chart's repository, its values files (base first) and its
 * SOPS-encrypted secrets file. The release reads them through Go templates, so helmfile v1 wants the file named
 * `helmfile.yaml.gotmpl`. Secrets never appear: helmfile decrypts them with the helm-secrets plug-in.
 */
export function helmfile(environments: readonly EnvironmentExport[], settings: ExportSettings): string {
  const entries = Object.fromEntries(
    environments.map((environment) => [
      environment.name,
      {
        values: [
          {
            chartRepository: environment.chart.repository.replace(/^oci:\/\//, ''),
            chartRepositoryIsOci: environment.chart.oci,
            valueFiles: environment.valueFiles,
            ...(Object.keys(environment.plan.added).length > 0 ? { addedValues: environment.plan.added } : {}),
            secretFiles: environment.plan.references.length > 0 ? [helmfileSecretsPath(environment.name)] : [],
          },
        ],
      },
    ]),
  );
  const chart = environments[0]?.chart.chart ?? 'catalyst';
  const releases = [
    'repositories:',
    `  - name: ${settings.release}-charts`,
    '    url: {{ .Values.chartRepository }}',
    '    oci: {{ .Values.chartRepositoryIsOci }}',
    '',
    'releases:',
    `  - name: ${settings.release}`,
    `    namespace: ${settings.namespace}`,
    '    createNamespace: true',
    `    chart: ${settings.release}-charts/${chart}`,
    `    version: ${JSON.stringify(settings.chartVersion)}`,
    '    values:',
    '    {{- range .Values.valueFiles }}',
    '      - {{ . }}',
    '    {{- end }}',
    '    {{- if hasKey .Values "addedValues" }}',
    '      - {{ .Values.addedValues | toJson }}',
    '    {{- end }}',
    '    {{- if .Values.secretFiles }}',
    '    secrets:',
    '    {{- range .Values.secretFiles }}',
    '      - {{ . }}',
    '    {{- end }}',
    '    {{- end }}',
    '',
  ];
  return `${printValues({ environments: entries })}---\n${releases.join('\n')}`;
}
