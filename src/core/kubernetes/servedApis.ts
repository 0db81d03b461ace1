import type { KubernetesVersion } from './kubernetesVersions';

/**
 * API versions of Kubernetes' own groups that a cluster stops serving at a release, for the kinds charts
 * make: an object in one of them is refused by a cluster of that version or newer ("no matches for kind").
 * Removals before the oldest offered version are listed as removed at it.
 */
const removed: { apiVersion: string; kinds?: readonly string[]; since: string }[] = [
  { apiVersion: 'extensions/v1beta1', since: '1.16' },
  { apiVersion: 'apps/v1beta1', since: '1.16' },
  { apiVersion: 'apps/v1beta2', since: '1.16' },
  { apiVersion: 'networking.k8s.io/v1beta1', since: '1.22' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', since: '1.22' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'], since: '1.22' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', since: '1.22' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', since: '1.22' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', since: '1.22' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['StorageClass', 'VolumeAttachment', 'CSIDriver', 'CSINode'], since: '1.22' },
  { apiVersion: 'policy/v1beta1', since: '1.25' },
  { apiVersion: 'batch/v1beta1', since: '1.25' },
  { apiVersion: 'discovery.k8s.io/v1beta1', since: '1.25' },
  { apiVersion: 'events.k8s.io/v1beta1', since: '1.25' },
  { apiVersion: 'autoscaling/v2beta1', since: '1.25' },
  { apiVersion: 'node.k8s.io/v1beta1', since: '1.25' },
  { apiVersion: 'autoscaling/v2beta2', since: '1.26' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], since: '1.27' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', since: '1.29' },
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', since: '1.32' },
];

/** The groups Kubernetes itself serves (`v1` is the core group): any other group is a custom resource's. */
const builtInGroups = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'extensions',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'node.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'coordination.k8s.io',
  'certificates.k8s.io',
]);

/** `apps/v1` → `apps`; `v1` → the core group, `''`. */
function apiGroupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '';
}

export function isBuiltInGroup(apiVersion: string): boolean {
  return builtInGroups.has(apiGroupOf(apiVersion));
}

/** Why a cluster of `version` has no such API, or undefined when it serves it (or the group is not Kubernetes' own). */
export function notServedBecause(apiVersion: string, kind: string, version: KubernetesVersion): string | undefined {
  const gone = removed.find((entry) => entry.apiVersion === apiVersion && (entry.kinds === undefined || entry.kinds.includes(kind)) && minor(version) >= minor(entry.since));
  if (!gone) return undefined;
  return `no matches for kind "${kind}" in version "${apiVersion}": Kubernetes ${version} does not serve it (removed in ${gone.since})`;
}

function minor(version: string): number {
  return Number(version.split('.')[1] ?? 0);
}
