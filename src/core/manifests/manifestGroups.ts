import type { HelmManifest } from '../helm-engine/HelmRenderResult';

interface ManifestGroup {
  /** What the group is called in the view: "Deployments", "Jobs and hooks", "RBAC". */
  title: string;
  manifests: HelmManifest[];
}

/** The groups in the order a platform engineer reads them: what runs, how it is reached, what it reads, what it may do. */
const groups: { title: string; kinds: readonly string[] }[] = [
  { title: 'Deployments', kinds: ['Deployment'] },
  { title: 'DaemonSets', kinds: ['DaemonSet'] },
  { title: 'StatefulSets', kinds: ['StatefulSet'] },
  { title: 'Jobs and hooks', kinds: ['Job', 'CronJob'] },
  { title: 'Services', kinds: ['Service'] },
  { title: 'Ingress and gateways', kinds: ['Ingress', 'Gateway', 'HTTPRoute', 'GRPCRoute', 'TLSRoute'] },
  { title: 'ConfigMaps', kinds: ['ConfigMap'] },
  { title: 'Secrets', kinds: ['Secret'] },
  { title: 'NetworkPolicies', kinds: ['NetworkPolicy'] },
  { title: 'RBAC', kinds: ['ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'] },
  { title: 'Autoscaling and disruption', kinds: ['HorizontalPodAutoscaler', 'PodDisruptionBudget'] },
];

/**
 * The rendered objects grouped by kind: the known groups first, in reading order, then every other kind under
 * its own name. Hooks go with jobs whatever their kind is, since they run at install time rather than stay.
 * Within a group, objects keep Helm's order. Empty groups are left out.
 */
export function groupManifests(manifests: readonly HelmManifest[]): ManifestGroup[] {
  const byTitle = new Map<string, HelmManifest[]>();
  const other = new Map<string, HelmManifest[]>();
  for (const manifest of manifests) {
    const known = manifest.hooks.length > 0 ? 'Jobs and hooks' : groups.find((group) => group.kinds.includes(manifest.kind))?.title;
    const target = known !== undefined ? byTitle : other;
    const title = known ?? (manifest.kind || 'Without a kind');
    target.set(title, [...(target.get(title) ?? []), manifest]);
  }
  return [
    ...groups.flatMap(({ title }) => (byTitle.has(title) ? [{ title, manifests: byTitle.get(title) ?? [] }] : [])),
    ...[...other.keys()].sort().map((title) => ({ title, manifests: other.get(title) ?? [] })),
  ];
}

/** One object's identity across renders: the same kind, namespace and name is the same object. */
export function manifestKey(manifest: Pick<HelmManifest, 'kind' | 'namespace' | 'name'>): string {
  return `${manifest.kind}/${manifest.namespace}/${manifest.name}`;
}
