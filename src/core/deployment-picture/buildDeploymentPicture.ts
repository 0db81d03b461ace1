import { parse } from 'yaml';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import type { DeploymentPicture, EdgeRelation, PictureEdge, PictureLine, PictureNode, PictureNodeKind } from './DeploymentPicture';
import { imageRegistry, imageWithoutRegistry, isFromRegistry } from './imageRegistry';
import { networkPolicyLines } from './networkPolicyLines';
import { labelsMatch, listAt, mapAt, selectorMatches, selectsEverything, textAt, type ObjectMap } from './objectFields';
import { podTemplateOf, type PodReference, type PodTemplate } from './podTemplate';
import { formatCpu, formatMemory } from './resourceQuantity';
import { secretsNamedInConfiguration } from './secretsNamedInConfiguration';

export interface PictureInput {
  /** The objects Helm rendered, in its order. */
  manifests: readonly HelmManifest[];
  /** The user's own image registry (host, or host and path); images from anywhere else are marked. */
  registry: string | undefined;
  /** The release namespace: where objects that name none are installed. */
  namespace: string;
}

const workloadKinds = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'Pod', 'ReplicaSet']);
const gatewayKinds = new Set(['Gateway']);
const routeKinds = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute']);
const exposedServiceTypes = new Set(['LoadBalancer', 'NodePort']);

interface ParsedObject {
  manifest: HelmManifest;
  object: ObjectMap;
  namespace: string;
  id: string;
}

interface Workload extends ParsedObject {
  pod: PodTemplate;
}

/** The node id of an object: its kind, namespace and name, as the Manifests view keys objects. */
export function pictureNodeId(kind: string, namespace: string, name: string): string {
  return `${kind}/${namespace}/${name}`;
}

/** The node that stands for callers outside the cluster. */
const outsideNodeId = 'outside';

/**
 * The picture of what will be deployed, from the rendered objects alone: workloads (images, replicas, resource
 * requests), the Services that select them and the entry points in front, the ConfigMaps and Secrets each reads
 * (a Secret the chart refers to but does not make is one the user creates beforehand), and the network
 * policies as the traffic they allow and block. RBAC and other objects stay in the Manifests view.
 */
export function buildDeploymentPicture({ manifests, registry, namespace }: PictureInput): DeploymentPicture {
  const objects = manifests.flatMap((manifest): ParsedObject[] => {
    const object = parseObject(manifest.yaml);
    if (!object) return [];
    const objectNamespace = manifest.namespace || namespace;
    return [{ manifest, object, namespace: objectNamespace, id: pictureNodeId(manifest.kind, objectNamespace, manifest.name) }];
  });
  const nodes = new Map<string, PictureNode>();
  const edges: PictureEdge[] = [];
  const edgeKeys = new Set<string>();
  const addEdge = (from: string, to: string, relation: EdgeRelation) => {
    const key = `${from}\u0000${to}\u0000${relation}`;
    if (from === to || edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push({ from, to, relation });
  };
  const addNode = (parsed: ParsedObject, kind: PictureNodeKind, lines: PictureLine[]) => {
    nodes.set(parsed.id, { id: parsed.id, kind, objectKind: parsed.manifest.kind, name: parsed.manifest.name, namespace: parsed.namespace, lines, manifest: parsed.manifest, addOn: addOnOf(parsed.manifest.source), userCreates: false, everyPod: false });
  };

  const workloads = objects.flatMap((parsed): Workload[] => {
    if (!workloadKinds.has(parsed.manifest.kind)) return [];
    const pod = podTemplateOf(parsed.manifest.kind, parsed.object);
    return pod ? [{ ...parsed, pod }] : [];
  });
  const autoscaling = autoscalingByTarget(objects);
  for (const workload of workloads) addNode(workload, 'workload', workloadLines(workload, registry, autoscaling.get(pictureNodeId(workload.manifest.kind, workload.namespace, workload.manifest.name))));

  // What each workload mounts and reads; what the ConfigMaps it reads name for it.
  const rendered = new Map(objects.map((parsed) => [parsed.id, parsed]));
  const references = new Map<string, { kind: 'ConfigMap' | 'Secret'; name: string; namespace: string; optional: boolean; keys: Set<string> }>();
  const refer = (workload: Workload, reference: Pick<PodReference, 'kind' | 'name' | 'optional' | 'keys'>, relation: EdgeRelation, namespaceOverride?: string) => {
    const referenceNamespace = namespaceOverride ?? workload.namespace;
    const id = pictureNodeId(reference.kind, referenceNamespace, reference.name);
    const seen = references.get(id);
    if (seen) {
      seen.optional &&= reference.optional;
      for (const key of reference.keys) seen.keys.add(key);
    } else {
      references.set(id, { kind: reference.kind, name: reference.name, namespace: referenceNamespace, optional: reference.optional, keys: new Set(reference.keys) });
    }
    addEdge(workload.id, id, relation);
  };
  for (const workload of workloads) {
    for (const reference of workload.pod.references) refer(workload, reference, reference.relation);
  }
  // Each ConfigMap's files are read once, however many workloads mount it.
  const namedSecrets = new Map<string, ReturnType<typeof secretsNamedInConfiguration>>();
  for (const workload of workloads) {
    for (const reference of workload.pod.references) {
      if (reference.kind !== 'ConfigMap') continue;
      const configMap = rendered.get(pictureNodeId('ConfigMap', workload.namespace, reference.name));
      if (!configMap) continue;
      if (!namedSecrets.has(configMap.id)) namedSecrets.set(configMap.id, secretsNamedInConfiguration(configMap.object));
      for (const secret of namedSecrets.get(configMap.id) ?? []) {
        refer(workload, { kind: 'Secret', name: secret.name, optional: false, keys: [] }, 'names in its configuration', secret.namespace);
      }
    }
  }

  // Services, and what selects traffic into them from outside.
  let exposed = false;
  for (const service of objects.filter((parsed) => parsed.manifest.kind === 'Service')) {
    const type = textAt(service.object, 'spec', 'type') ?? 'ClusterIP';
    addNode(service, 'service', serviceLines(service.object, type));
    const selector = mapAt(service.object, 'spec', 'selector');
    if (selector && Object.keys(selector).length > 0) {
      for (const workload of workloads) if (workload.namespace === service.namespace && labelsMatch(selector, workload.pod.labels)) addEdge(service.id, workload.id, 'selects');
    }
    if (exposedServiceTypes.has(type)) {
      exposed = true;
      addEdge(outsideNodeId, service.id, 'exposes');
    }
  }
  for (const ingress of objects.filter((parsed) => parsed.manifest.kind === 'Ingress')) {
    exposed = true;
    addNode(ingress, 'entry', ingressLines(ingress.object));
    addEdge(outsideNodeId, ingress.id, 'exposes');
    for (const backend of ingressBackends(ingress.object)) addEdge(ingress.id, pictureNodeId('Service', ingress.namespace, backend), 'routes');
    for (const tls of listAt(ingress.object, 'spec', 'tls')) {
      const secretName = textAt(tls, 'secretName');
      if (secretName) referEntry(ingress, secretName);
    }
  }
  for (const gateway of objects.filter((parsed) => gatewayKinds.has(parsed.manifest.kind))) {
    exposed = true;
    addNode(gateway, 'entry', gatewayLines(gateway.object));
    addEdge(outsideNodeId, gateway.id, 'exposes');
    for (const listener of listAt(gateway.object, 'spec', 'listeners')) {
      for (const certificate of listAt(listener, 'tls', 'certificateRefs')) {
        const name = textAt(certificate, 'name');
        if (name && (textAt(certificate, 'kind') ?? 'Secret') === 'Secret') referEntry(gateway, name, textAt(certificate, 'namespace'));
      }
    }
  }
  for (const route of objects.filter((parsed) => routeKinds.has(parsed.manifest.kind))) {
    addNode(route, 'entry', routeLines(route.object));
    for (const parent of listAt(route.object, 'spec', 'parentRefs')) {
      const name = textAt(parent, 'name');
      if (name) addEdge(pictureNodeId('Gateway', textAt(parent, 'namespace') ?? route.namespace, name), route.id, 'routes');
    }
    for (const rule of listAt(route.object, 'spec', 'rules')) {
      for (const backend of listAt(rule, 'backendRefs')) {
        const name = textAt(backend, 'name');
        if (name && (textAt(backend, 'kind') ?? 'Service') === 'Service') addEdge(route.id, pictureNodeId('Service', textAt(backend, 'namespace') ?? route.namespace, name), 'routes');
      }
    }
  }
  function referEntry(entry: ParsedObject, secretName: string, secretNamespace?: string) {
    const id = pictureNodeId('Secret', secretNamespace ?? entry.namespace, secretName);
    if (!references.has(id)) references.set(id, { kind: 'Secret', name: secretName, namespace: secretNamespace ?? entry.namespace, optional: false, keys: new Set() });
    addEdge(entry.id, id, 'mounts');
  }

  // ConfigMaps and Secrets: those the chart makes, then those it only refers to.
  for (const parsed of objects) {
    if (parsed.manifest.kind === 'ConfigMap' || parsed.manifest.kind === 'Secret') addNode(parsed, parsed.manifest.kind === 'ConfigMap' ? 'configMap' : 'secret', dataLines(parsed.manifest.kind, parsed.object));
  }
  for (const [id, reference] of references) {
    if (nodes.has(id)) continue;
    const keys = [...reference.keys];
    const userCreates = reference.kind === 'Secret';
    nodes.set(id, {
      id,
      kind: reference.kind === 'ConfigMap' ? 'configMap' : 'secret',
      objectKind: reference.kind,
      name: reference.name,
      namespace: reference.namespace,
      lines: [
        userCreates ? [{ text: `you create this, in ${reference.namespace}, before installing`, mark: 'create' }] : [{ text: 'not made by this chart: the cluster or another install provides it', mark: 'muted' }],
        ...(keys.length > 0 ? [[{ text: `${keysText(keys)}${reference.optional ? ', each optional' : ''}` }]] : reference.optional ? [[{ text: 'optional', mark: 'muted' as const }]] : []),
      ],
      manifest: undefined,
      addOn: undefined,
      userCreates,
      everyPod: false,
    });
  }

  // Network policies, and the workloads a policy with a pod selector applies to.
  for (const policy of objects.filter((parsed) => parsed.manifest.kind === 'NetworkPolicy')) {
    addNode(policy, 'networkPolicy', networkPolicyLines(policy.object, policy.namespace));
    const selector = mapAt(policy.object, 'spec', 'podSelector');
    if (selectsEverything(selector)) {
      nodes.set(policy.id, { ...nodes.get(policy.id)!, everyPod: true });
      continue;
    }
    for (const workload of workloads) if (workload.namespace === policy.namespace && selectorMatches(selector, workload.pod.labels)) addEdge(policy.id, workload.id, 'applies to');
  }

  if (exposed) nodes.set(outsideNodeId, { id: outsideNodeId, kind: 'outside', objectKind: 'Outside the cluster', name: 'Callers outside the cluster', namespace: '', lines: [], manifest: undefined, addOn: undefined, userCreates: false, everyPod: false });
  // An edge to an object the chart does not render and nothing else draws (a route's missing Service) is left out.
  return { nodes: [...nodes.values()], edges: edges.filter((edge) => nodes.has(edge.from) && nodes.has(edge.to)) };
}

function parseObject(yaml: string): ObjectMap | undefined {
  try {
    const parsed: unknown = parse(yaml);
    return mapAt(parsed);
  } catch {
    return undefined;
  }
}

/** `catalyst/charts/opentelemetry-deployment/templates/…` was made by the dependency chart of that alias. */
function addOnOf(source: string): string | undefined {
  return /^[^/]+\/charts\/([^/]+)\//.exec(source)?.[1];
}

/** Minimum and maximum replicas of each workload a HorizontalPodAutoscaler scales, by the workload's node id. */
function autoscalingByTarget(objects: readonly ParsedObject[]): Map<string, { min: string; max: string }> {
  const found = new Map<string, { min: string; max: string }>();
  for (const hpa of objects.filter((parsed) => parsed.manifest.kind === 'HorizontalPodAutoscaler')) {
    const kind = textAt(hpa.object, 'spec', 'scaleTargetRef', 'kind');
    const name = textAt(hpa.object, 'spec', 'scaleTargetRef', 'name');
    if (kind && name) found.set(pictureNodeId(kind, hpa.namespace, name), { min: textAt(hpa.object, 'spec', 'minReplicas') ?? '1', max: textAt(hpa.object, 'spec', 'maxReplicas') ?? '?' });
  }
  return found;
}

function workloadLines(workload: Workload, registry: string | undefined, autoscaled: { min: string; max: string } | undefined): PictureLine[] {
  const { manifest, object, pod } = workload;
  const lines: PictureLine[] = [[{ text: `${replicasText(manifest.kind, object, autoscaled)}${manifest.hooks.length > 0 ? ` · hook ${manifest.hooks.join(', ')}` : ''}` }]];
  const seen = new Set<string>();
  for (const image of pod.images) {
    const key = `${image.init}/${image.image}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const path = imageWithoutRegistry(image.image);
    const own = isFromRegistry(image.image, registry);
    lines.push([{ text: `${image.init ? 'init ' : ''}${path.slice(path.lastIndexOf('/') + 1)} from ` }, own ? { text: imageRegistry(image.image) } : { text: imageRegistry(image.image), mark: 'foreign' }]);
  }
  const { cpu, memory } = pod.requests;
  if (cpu !== undefined || memory !== undefined) {
    lines.push([{ text: `requests ${[cpu !== undefined ? `cpu ${formatCpu(cpu)}` : '', memory !== undefined ? `memory ${formatMemory(memory)}` : ''].filter(Boolean).join(', ')}`, mark: 'muted' }]);
  } else {
    lines.push([{ text: 'no resource requests', mark: 'muted' }]);
  }
  return lines;
}

function replicasText(kind: string, object: ObjectMap, autoscaled: { min: string; max: string } | undefined): string {
  if (kind === 'DaemonSet') return 'one pod on each node';
  if (kind === 'Job' || kind === 'Pod') return 'runs to completion';
  if (kind === 'CronJob') return `runs on schedule ${textAt(object, 'spec', 'schedule') ?? '?'}`;
  if (autoscaled) return `${autoscaled.min} to ${autoscaled.max} replicas, autoscaled`;
  const replicas = textAt(object, 'spec', 'replicas') ?? '1';
  return `${replicas} ${replicas === '1' ? 'replica' : 'replicas'}`;
}

function serviceLines(service: ObjectMap, type: string): PictureLine[] {
  const ports = listAt(service, 'spec', 'ports').map((port) => {
    const name = textAt(port, 'name');
    const target = textAt(port, 'targetPort');
    const nodePort = textAt(port, 'nodePort');
    return [{ text: `port ${textAt(port, 'port') ?? '?'}${target && target !== textAt(port, 'port') ? ` → ${target}` : ''}/${textAt(port, 'protocol') ?? 'TCP'}${nodePort ? ` node ${nodePort}` : ''}${name ? ` (${name})` : ''}` }];
  });
  const headless = textAt(service, 'spec', 'clusterIP') === 'None';
  return [[exposedServiceTypes.has(type) ? { text: `${type}: reachable from outside the cluster`, mark: 'foreign' } : { text: headless ? 'headless' : type, mark: 'muted' }], ...ports];
}

function ingressBackends(ingress: ObjectMap): string[] {
  const names = [textAt(ingress, 'spec', 'defaultBackend', 'service', 'name')];
  for (const rule of listAt(ingress, 'spec', 'rules')) for (const path of listAt(rule, 'http', 'paths')) names.push(textAt(path, 'backend', 'service', 'name'));
  return [...new Set(names.filter((name): name is string => name !== undefined))];
}

function ingressLines(ingress: ObjectMap): PictureLine[] {
  const className = textAt(ingress, 'spec', 'ingressClassName');
  const hosts = listAt(ingress, 'spec', 'rules').flatMap((rule) => listAt(rule, 'http', 'paths').map((path) => `${textAt(rule, 'host') ?? '*'}${textAt(path, 'path') ?? '/'}`));
  const tls = listAt(ingress, 'spec', 'tls').length > 0;
  return [[{ text: `${className ? `class ${className}` : 'default class'} · ${tls ? 'TLS' : 'no TLS'}`, mark: 'muted' }], ...hosts.map((host) => [{ text: host }])];
}

function gatewayLines(gateway: ObjectMap): PictureLine[] {
  return [
    [{ text: `class ${textAt(gateway, 'spec', 'gatewayClassName') ?? '?'}`, mark: 'muted' }],
    ...listAt(gateway, 'spec', 'listeners').map((listener) => [{ text: `${textAt(listener, 'protocol') ?? '?'} ${textAt(listener, 'port') ?? '?'}${textAt(listener, 'hostname') ? ` ${textAt(listener, 'hostname')}` : ''}` }]),
  ];
}

function routeLines(route: ObjectMap): PictureLine[] {
  const hosts = listAt(route, 'spec', 'hostnames').map(String);
  return [[{ text: hosts.length > 0 ? hosts.join(', ') : 'every host', mark: 'muted' }]];
}

function dataLines(kind: string, object: ObjectMap): PictureLine[] {
  const keys = [...Object.keys(mapAt(object, 'data') ?? {}), ...Object.keys(mapAt(object, 'stringData') ?? {}), ...Object.keys(mapAt(object, 'binaryData') ?? {})];
  const type = kind === 'Secret' ? `type ${textAt(object, 'type') ?? 'Opaque'} · ` : '';
  return [[{ text: `${type}made by this chart`, mark: 'muted' }], [{ text: keys.length > 0 ? keysText(keys) : 'no keys' }]];
}

/** A few key names, then how many more: the box stays small and the manifest lists them all. */
function keysText(keys: readonly string[]): string {
  const shown = keys.slice(0, 4);
  return `keys ${shown.join(', ')}${keys.length > shown.length ? ` and ${keys.length - shown.length} more` : ''}`;
}
