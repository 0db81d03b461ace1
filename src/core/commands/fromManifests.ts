import { parse } from 'yaml';
import type { Values } from '../diagnostics/Diagnostic';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { isValuesMap } from '../values/isValuesMap';
import { egressChecklist, imageRegistry, type EgressEntry } from './egressChecklist';
import { endpointAddress, isInClusterHost } from './endpointAddress';
import { imageList, type ImageEntry } from './imageList';

/** An image the rendered objects make the nodes pull, with the containers that run it. */
interface RenderedImage {
  image: string;
  /** `Deployment management, init container wait-for-dapr-config`, one per container that runs it. */
  usedBy: string[];
}

const containerLists: Record<string, string> = { containers: 'container', initContainers: 'init container', ephemeralContainers: 'ephemeral container' };

/**
 * Every image the objects run, in the order they first appear: containers, init and ephemeral containers
 * of every pod template (Deployments, StatefulSets, DaemonSets, Jobs, CronJobs, Pods), subcharts' and hooks'
 * objects included, as Helm rendered them.
 */
function renderedImages(manifests: readonly HelmManifest[]): RenderedImage[] {
  const byImage = new Map<string, string[]>();
  for (const manifest of manifests) {
    const object = readObject(manifest);
    if (object === undefined) continue;
    walk(object, (key, value) => {
      const role = containerLists[key];
      if (role === undefined || !Array.isArray(value)) return;
      for (const container of value) {
        if (!isValuesMap(container) || typeof container['image'] !== 'string' || container['image'].trim() === '') continue;
        const image = container['image'].trim();
        const name = typeof container['name'] === 'string' ? container['name'] : '';
        byImage.set(image, [...(byImage.get(image) ?? []), `${manifest.kind} ${manifest.name}, ${role} ${name}`.trim()]);
      }
    });
  }
  return [...byImage].map(([image, usedBy]) => ({ image, usedBy }));
}

/**
 * The images to mirror when Helm has rendered the chart: every image the objects run, then the images the
 * agent pulls at run time (Dapr's), which no object names and only the values tell.
 */
export function imageListFromManifests(manifests: readonly HelmManifest[], values: Values): ImageEntry[] {
  const fromValues = imageList(values);
  const rendered: ImageEntry[] = renderedImages(manifests).map(({ image, usedBy }) => {
    // Where the values name the same image, their pointer and note (who the global registry reaches) still hold.
    const named = fromValues.find((entry) => entry.image === image);
    return {
      component: usedBy.join('; '),
      image,
      pointer: named?.pointer ?? '',
      rewrittenByGlobalRegistry: named?.rewrittenByGlobalRegistry ?? false,
      ...(named?.note ? { note: named.note } : {}),
    };
  });
  const runtime = fromValues.filter((entry) => entry.component.includes('(runtime)') && !rendered.some((r) => r.image === entry.image));
  return [...rendered, ...runtime];
}

/** A host outside the cluster that a rendered object names, with where it is named. */
interface NamedHost {
  host: string;
  port: number | null;
  /** `ConfigMap agent-config`, one per object that names it. */
  namedBy: string[];
}

const urlPattern = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>,;)\]}\\]+/gi;
const hostPortPattern = /(?<![\w.:/@-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]):(\d{1,5})\b/gi;

/**
 * Every host outside the cluster the objects name: URLs (`https://…`, `tls://…`, `oci://…`) and `host:port`
 * in any text of theirs (a ConfigMap's files, a Secret's decoded values, arguments, environment variables).
 * Cluster service names, `localhost` and IP addresses (listen addresses, CIDRs) are left out.
 */
function namedHosts(manifests: readonly HelmManifest[]): NamedHost[] {
  const found = new Map<string, NamedHost>();
  const add = (host: string, port: number | null, by: string) => {
    const lower = host.toLowerCase().replace(/\.$/, '');
    if (isInClusterHost(lower) || /^[\d.]+$/.test(lower) || lower.startsWith('[') || !lower.includes('.')) return;
    const key = `${lower}:${port ?? ''}`;
    const entry = found.get(key) ?? { host: lower, port, namedBy: [] };
    if (!entry.namedBy.includes(by)) entry.namedBy.push(by);
    found.set(key, entry);
  };
  for (const manifest of manifests) {
    const object = readObject(manifest);
    if (object === undefined) continue;
    const by = `${manifest.kind} ${manifest.name}`;
    for (const text of textsOf(object, manifest.kind === 'Secret')) {
      for (const match of text.matchAll(urlPattern)) {
        const address = endpointAddress(match[0]);
        if (address) add(address.host, address.port, by);
      }
      const withoutUrls = text.replace(urlPattern, ' ');
      for (const match of withoutUrls.matchAll(hostPortPattern)) add(match[1] ?? '', Number(match[2]), by);
    }
  }
  return [...found.values()];
}

/**
 * The egress checklist when Helm has rendered the chart: each image's registry (the rendered ones and the
 * agent's run-time ones), and every host the objects name. A host the values-derived list knows keeps its
 * purpose and whether it is required; one only the objects name says which objects name it.
 */
export function egressFromManifests(manifests: readonly HelmManifest[], values: Values): EgressEntry[] {
  const known = egressChecklist(values);
  const entries: EgressEntry[] = [];
  const add = (entry: EgressEntry) => {
    const existing = entries.find((e) => e.host === entry.host && e.port === entry.port);
    if (!existing) entries.push(entry);
    else if (!existing.purpose.includes(entry.purpose)) existing.purpose += `; ${entry.purpose}`;
  };
  for (const host of namedHosts(manifests)) {
    const same = known.find((entry) => entry.host === host.host && (entry.port === host.port || host.port === null));
    add(same ? { ...same } : { host: host.host, port: host.port, purpose: `Named in ${host.namedBy.join(', ')}`, required: true, pointer: '' });
  }
  for (const image of imageListFromManifests(manifests, values)) {
    const { host, port } = imageRegistry(image.image);
    add({ host, port, purpose: 'Container images (pulled by the nodes)', required: true, pointer: image.pointer });
  }
  return entries;
}

function readObject(manifest: HelmManifest): Record<string, unknown> | undefined {
  try {
    const object: unknown = parse(manifest.yaml, { version: '1.1', maxAliasCount: 100 });
    return isValuesMap(object) ? object : undefined;
  } catch {
    return undefined;
  }
}

function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (isValuesMap(value)) {
    for (const [key, child] of Object.entries(value)) {
      visit(key, child);
      walk(child, visit);
    }
  }
}

/** Every string in the object, a Secret's `data` decoded from base64 (its values are where credentials and URLs sit). */
function textsOf(object: Record<string, unknown>, isSecret: boolean): string[] {
  const texts: string[] = [];
  const collect = (value: unknown, inSecretData: boolean) => {
    if (typeof value === 'string') texts.push(inSecretData ? decodeBase64(value) : value);
    else if (Array.isArray(value)) for (const item of value) collect(item, inSecretData);
    else if (isValuesMap(value)) for (const child of Object.values(value)) collect(child, inSecretData);
  };
  for (const [key, value] of Object.entries(object)) {
    // Labels and annotations name keys (`app.kubernetes.io/name`), not hosts to reach.
    if (key === 'metadata') continue;
    collect(value, isSecret && key === 'data');
  }
  return texts;
}

function decodeBase64(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}
