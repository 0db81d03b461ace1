import { helmSetPath } from '../pointer/helmSetPath';
import { printValues } from '../yaml/printValues';
import type { EnvironmentExport, ExportSettings, ManifestObject } from './EnvironmentExport';

/** Flux's own namespace: its objects and the Secrets and ConfigMaps they read live there. */
export const fluxNamespace = 'flux-system';

/** The key of the ConfigMap that holds the values, as `helm install -f` would read a file. */
const valuesKey = 'values.yaml';

/** The Secret a HelmRelease reads the environment's secrets from. */
export function fluxSecretName(settings: ExportSettings): string {
  return `${settings.release}-secret-values`;
}

/**
 * The key a secret has in that Secret: its Helm path, made of the characters a Secret's key may hold
 * (letters, digits, `-`, `_`, `.`).
 */
export function fluxSecretKey(pointer: string): string {
  return helmSetPath(pointer).replace(/[^-._a-zA-Z0-9]+/g, '_');
}

/**
 * What Flux needs to install one environment: the chart's source (an OCIRepository for an OCI registry, a
 * HelmRepository otherwise), the values in a ConfigMap when asked, and the HelmRelease. The HelmRelease has
 * no secret: it reads each from the Secret, at the secret's Helm path (`targetPath`), after the values.
 */
export function fluxHelmRelease(environment: EnvironmentExport, settings: ExportSettings, valuesIn: 'inline' | 'configmap'): ManifestObject[] {
  const { chart, plan } = environment;
  const name = settings.release;
  const metadata = { name, namespace: fluxNamespace };
  const source: ManifestObject = chart.oci
    ? {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'OCIRepository',
        metadata,
        spec: {
          interval: '1h',
          url: chart.reference,
          ref: { tag: chart.version },
          // The chart's archive is the layer Helm pushed; Flux hands it to the helm-controller as it is.
          layerSelector: { mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip', operation: 'copy' },
        },
      }
    : { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'HelmRepository', metadata, spec: { interval: '1h', url: chart.repository } };
  const configMap: ManifestObject | undefined =
    valuesIn === 'configmap'
      ? { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${name}-values`, namespace: fluxNamespace }, data: { [valuesKey]: printValues(plan.values) } }
      : undefined;
  const valuesFrom = [
    ...(configMap ? [{ kind: 'ConfigMap', name: configMap.metadata.name, valuesKey }] : []),
    ...plan.references.map(({ pointer }) => ({ kind: 'Secret', name: fluxSecretName(settings), valuesKey: fluxSecretKey(pointer), targetPath: helmSetPath(pointer) })),
  ];
  const release: ManifestObject = {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata,
    spec: {
      interval: '10m',
      releaseName: name,
      targetNamespace: settings.namespace,
      install: { createNamespace: true },
      ...(chart.oci
        ? { chartRef: { kind: 'OCIRepository', name } }
        : { chart: { spec: { chart: chart.chart, version: chart.version, sourceRef: { kind: 'HelmRepository', name } } } }),
      ...(configMap ? {} : { values: plan.values }),
      ...(valuesFrom.length > 0 ? { valuesFrom } : {}),
    },
  };
  return [source, ...(configMap ? [configMap] : []), release];
}
