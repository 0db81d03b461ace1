import type { HelmManifest } from '../helm-engine/HelmRenderResult';

/**
 * What will be deployed, as a graph drawn from the rendered objects: what runs, how it is reached, what it
 * reads, and what traffic it may send and receive.
 */
export interface DeploymentPicture {
  nodes: PictureNode[];
  edges: PictureEdge[];
}

/**
 * - `outside`: callers from outside the cluster (one node, drawn when something is exposed).
 * - `entry`: an Ingress, a Gateway or a route; `service`: a Service.
 * - `workload`: a Deployment, DaemonSet, StatefulSet, Job or CronJob (hooks included).
 * - `configMap`, `secret`: objects the workloads mount or read, rendered or not.
 * - `networkPolicy`: one policy, as the traffic it allows and blocks.
 */
export type PictureNodeKind = 'outside' | 'entry' | 'service' | 'workload' | 'configMap' | 'secret' | 'networkPolicy';

/**
 * How a span of a node's text stands out:
 * - `foreign`: an image registry other than the user's own;
 * - `create`: something the user must create before installing;
 * - `allowed` / `blocked`: traffic a network policy lets through or stops;
 * - `muted`: secondary detail.
 */
export type SpanMark = 'foreign' | 'create' | 'allowed' | 'blocked' | 'muted';

export interface PictureSpan {
  text: string;
  mark?: SpanMark;
}

/** One line of a node's text, in spans so part of it (a registry) can stand out. */
export type PictureLine = PictureSpan[];

export interface PictureNode {
  /** Stable across renders: the object's kind, namespace and name. */
  id: string;
  kind: PictureNodeKind;
  /** The object's kind as Kubernetes names it (`Deployment`), or what the node stands for. */
  objectKind: string;
  name: string;
  namespace: string;
  lines: PictureLine[];
  /** The rendered object; undefined for objects the chart refers to but does not make. */
  manifest: HelmManifest | undefined;
  /** The dependency chart (its alias) that made it, for objects of a subchart: `opentelemetry-deployment`. */
  addOn: string | undefined;
  /** A Secret the chart refers to but does not make: the user creates it before installing. */
  userCreates: boolean;
  /** A network policy whose pod selector is empty: it applies to every pod of its namespace. */
  everyPod: boolean;
}

/**
 * - `exposes`: outside → entry point or Service; `routes`: entry point → Service; `selects`: Service → workload;
 * - `mounts`, `reads` (environment), `pulls images with`, `names in its configuration`: workload → ConfigMap/Secret;
 * - `applies to`: network policy → workload.
 */
export type EdgeRelation = 'exposes' | 'routes' | 'selects' | 'mounts' | 'reads' | 'pulls images with' | 'names in its configuration' | 'applies to';

export interface PictureEdge {
  from: string;
  to: string;
  relation: EdgeRelation;
}
