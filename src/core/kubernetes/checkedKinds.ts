/**
 * The kinds whose objects are checked against a schema, by `apiVersion kind` as the object names them:
 * Kubernetes' own kinds that charts make, and the custom resources of the Prometheus Operator
 * (ServiceMonitor, PodMonitor, PrometheusRule), which charts render for clusters that run it. This list is
 * small and loads with the page, so that the Manifests view can say which objects are not checked before the
 * (large) schemas have loaded; the schemas module holds one validator for each entry.
 */
export const CHECKED_KINDS = [
  'v1 ConfigMap',
  'v1 Secret',
  'v1 Service',
  'v1 ServiceAccount',
  'v1 Namespace',
  'v1 PersistentVolumeClaim',
  'v1 Pod',
  'v1 LimitRange',
  'v1 ResourceQuota',
  'apps/v1 Deployment',
  'apps/v1 StatefulSet',
  'apps/v1 DaemonSet',
  'apps/v1 ReplicaSet',
  'batch/v1 Job',
  'batch/v1 CronJob',
  'networking.k8s.io/v1 NetworkPolicy',
  'networking.k8s.io/v1 Ingress',
  'networking.k8s.io/v1 IngressClass',
  'rbac.authorization.k8s.io/v1 Role',
  'rbac.authorization.k8s.io/v1 RoleBinding',
  'rbac.authorization.k8s.io/v1 ClusterRole',
  'rbac.authorization.k8s.io/v1 ClusterRoleBinding',
  'policy/v1 PodDisruptionBudget',
  'autoscaling/v2 HorizontalPodAutoscaler',
  'autoscaling/v1 HorizontalPodAutoscaler',
  'apiregistration.k8s.io/v1 APIService',
  'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/v1 MutatingWebhookConfiguration',
  'scheduling.k8s.io/v1 PriorityClass',
  'storage.k8s.io/v1 StorageClass',
  'monitoring.coreos.com/v1 ServiceMonitor',
  'monitoring.coreos.com/v1 PodMonitor',
  'monitoring.coreos.com/v1 PrometheusRule',
] as const;

export type CheckedKind = (typeof CHECKED_KINDS)[number];

const checked = new Set<string>(CHECKED_KINDS);

function isCheckedKind(apiVersion: string, kind: string): boolean {
  return checked.has(`${apiVersion} ${kind}`);
}

/**
 * Why an object's fields are not checked, or undefined when they are. Read from the object's text (its
 * top-level `apiVersion`), so it needs neither the schemas nor a full parse.
 */
export function notCheckedBecause(yaml: string, kind: string): string | undefined {
  const apiVersion = /^apiVersion:[ \t]*["']?([^"'\s#]+)/m.exec(yaml)?.[1] ?? '';
  if (isCheckedKind(apiVersion, kind)) return undefined;
  return `Not checked: the studio has no schema for ${kind} (${apiVersion || 'no apiVersion'}); the cluster checks it against its own.`;
}
