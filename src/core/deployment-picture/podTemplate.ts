import type { EdgeRelation } from './DeploymentPicture';
import { listAt, mapAt, textAt, type ObjectMap } from './objectFields';
import { parseQuantity } from './resourceQuantity';

interface PodImage {
  container: string;
  image: string;
  /** An init container: it runs to completion before the others start. */
  init: boolean;
}

export interface PodReference {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  relation: Extract<EdgeRelation, 'mounts' | 'reads' | 'pulls images with'>;
  /** Every use of it is marked `optional: true`: the pod starts without it. */
  optional: boolean;
  /** The keys the pod reads from it one by one (`secretKeyRef.key`), where it names them. */
  keys: string[];
}

export interface PodTemplate {
  labels: ObjectMap | undefined;
  images: PodImage[];
  /** What the scheduler reserves for one pod: the larger of the containers' sum and the largest init container. */
  requests: { cpu: number | undefined; memory: number | undefined };
  references: PodReference[];
}

/** The pod a workload object runs: a Pod itself, `spec.template`, or `spec.jobTemplate.spec.template` for a CronJob. */
export function podTemplateOf(kind: string, object: unknown): PodTemplate | undefined {
  const template = kind === 'Pod' ? mapAt(object) : kind === 'CronJob' ? mapAt(object, 'spec', 'jobTemplate', 'spec', 'template') : mapAt(object, 'spec', 'template');
  if (!template) return undefined;
  const spec = mapAt(template, 'spec');
  const containers = listAt(spec, 'containers');
  const initContainers = listAt(spec, 'initContainers');
  const images: PodImage[] = [
    ...initContainers.map((c) => ({ container: textAt(c, 'name') ?? '', image: textAt(c, 'image') ?? '', init: true })),
    ...containers.map((c) => ({ container: textAt(c, 'name') ?? '', image: textAt(c, 'image') ?? '', init: false })),
  ].filter((image) => image.image !== '');
  return { labels: mapAt(template, 'metadata', 'labels'), images, requests: podRequests(containers, initContainers), references: podReferences(spec, [...initContainers, ...containers]) };
}

function podRequests(containers: readonly unknown[], initContainers: readonly unknown[]): PodTemplate['requests'] {
  const request = (container: unknown, resource: string) => {
    const text = textAt(container, 'resources', 'requests', resource);
    return text === undefined ? undefined : parseQuantity(text);
  };
  const total = (resource: string) => {
    const running = containers.map((c) => request(c, resource)).filter((n): n is number => n !== undefined);
    const init = initContainers.map((c) => request(c, resource)).filter((n): n is number => n !== undefined);
    if (running.length === 0 && init.length === 0) return undefined;
    return Math.max(running.reduce((a, b) => a + b, 0), ...init);
  };
  return { cpu: total('cpu'), memory: total('memory') };
}

function podReferences(spec: ObjectMap | undefined, containers: readonly unknown[]): PodReference[] {
  const found: PodReference[] = [];
  const add = (kind: PodReference['kind'], name: string | undefined, relation: PodReference['relation'], optional: unknown, key?: string) => {
    if (name) found.push({ kind, name, relation, optional: optional === true, keys: key ? [key] : [] });
  };
  for (const volume of listAt(spec, 'volumes')) {
    add('ConfigMap', textAt(volume, 'configMap', 'name'), 'mounts', mapAt(volume, 'configMap')?.['optional']);
    add('Secret', textAt(volume, 'secret', 'secretName'), 'mounts', mapAt(volume, 'secret')?.['optional']);
    for (const source of listAt(volume, 'projected', 'sources')) {
      add('ConfigMap', textAt(source, 'configMap', 'name'), 'mounts', mapAt(source, 'configMap')?.['optional']);
      add('Secret', textAt(source, 'secret', 'name'), 'mounts', mapAt(source, 'secret')?.['optional']);
    }
  }
  for (const container of containers) {
    for (const variable of listAt(container, 'env')) {
      const configMapKey = mapAt(variable, 'valueFrom', 'configMapKeyRef');
      const secretKey = mapAt(variable, 'valueFrom', 'secretKeyRef');
      add('ConfigMap', textAt(configMapKey, 'name'), 'reads', configMapKey?.['optional'], textAt(configMapKey, 'key'));
      add('Secret', textAt(secretKey, 'name'), 'reads', secretKey?.['optional'], textAt(secretKey, 'key'));
    }
    for (const source of listAt(container, 'envFrom')) {
      add('ConfigMap', textAt(source, 'configMapRef', 'name'), 'reads', mapAt(source, 'configMapRef')?.['optional']);
      add('Secret', textAt(source, 'secretRef', 'name'), 'reads', mapAt(source, 'secretRef')?.['optional']);
    }
  }
  for (const pullSecret of listAt(spec, 'imagePullSecrets')) add('Secret', textAt(pullSecret, 'name'), 'pulls images with', false);
  return mergeReferences(found);
}

/** One reference per object and relation; optional only when every use of it is. */
function mergeReferences(references: readonly PodReference[]): PodReference[] {
  const merged = new Map<string, PodReference>();
  for (const reference of references) {
    const key = `${reference.kind}/${reference.name}/${reference.relation}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, optional: seen.optional && reference.optional, keys: [...new Set([...seen.keys, ...reference.keys])] } : reference);
  }
  return [...merged.values()];
}
