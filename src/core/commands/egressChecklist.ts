import type { Values } from '../diagnostics/Diagnostic';
import { endpointAddress, isInClusterHost } from './endpointAddress';
import { imageList } from './imageList';
import { isTruthyAt, stringAt, valueAt } from './readValue';

export interface EgressEntry {
  host: string;
  /** null when the value gives no port and its scheme implies none (e.g. `tls://host`). */
  port: number | null;
  purpose: string;
  /** As the README's Networking table says; registries are required because pods cannot start without them. */
  required: boolean;
  /** The value the host comes from. */
  pointer: string;
  note?: string;
}

/** A registry host of an image reference, the way container runtimes read it. */
export function imageRegistry(image: string): { host: string; port: number } {
  const first = image.split('/')[0] ?? '';
  const looksLikeHost = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!looksLikeHost) return { host: 'docker.io', port: 443 };
  const address = endpointAddress(first);
  return { host: address?.host ?? first, port: address?.port ?? 443 };
}

/** Every host:port outside the cluster the installation must reach, derived from the values. */
export function egressChecklist(values: Values): EgressEntry[] {
  const entries: EgressEntry[] = [];
  const add = (pointer: string, purpose: string, required: boolean, text = stringAt(values, pointer)) => {
    const address = endpointAddress(text);
    if (!address || isInClusterHost(address.host)) return;
    const existing = entries.find((e) => e.host === address.host && e.port === address.port);
    if (existing) {
      if (!existing.purpose.includes(purpose)) existing.purpose += `; ${purpose}`;
      existing.required ||= required;
      return;
    }
    entries.push({
      ...address,
      purpose,
      required,
      pointer,
      ...(address.port === null ? { note: `No port in ${text}: add one to the value, e.g. ${address.host}:443.` } : {}),
    });
  };

  add('/global/control_plane_http_url', 'Region join (installation only)', true);
  add('/global/control_plane_url', 'Resource configuration updates', true);
  add('/global/sentry/remote_endpoint', 'Workload identity (mTLS)', true);
  add('/global/sentry/trust_anchors_endpoint', 'Trust anchors (mTLS)', true);
  if (valueAt(values, '/global/featureflags/nats_enabled') !== false) {
    add('/global/nats/endpoint', 'Event publishing', true);
  }
  if (isTruthyAt(values, '/agent/config/otel/enabled')) {
    add('/agent/config/otel/metrics_endpoint', 'Dapr runtime metrics', false);
    if (isTruthyAt(values, '/agent/config/otel/loki_enabled')) {
      add('/agent/config/otel/loki_endpoint', 'Dapr sidecar logs', false);
    }
  }
  if (isTruthyAt(values, '/piko/enabled')) {
    // Piko's `httpproxy.upstreamHostName` is not here: the server only presents it as its TLS server name.
    add('/piko/publicToken/url', 'OIDC keys for Piko tunnels', false);
  }
  // Management's configuration always carries its tunnel's address; it dials it only with the tunnel on.
  add('/management/config/tunnel/piko/upstream_url', 'Management tunnel (Piko upstream)', isTruthyAt(values, '/management/config/tunnel/enabled'));
  add('/global/charts/registry', 'Helm charts the agent installs', true);
  for (const image of imageList(values)) {
    const { host, port } = imageRegistry(image.image);
    add(image.pointer, 'Container images (pulled by the nodes)', true, `${host}:${port}`);
  }
  return entries;
}
