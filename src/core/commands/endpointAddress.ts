interface EndpointAddress {
  host: string;
  /** null when neither the text nor its scheme gives one (e.g. `tls://host`). */
  port: number | null;
}

const SCHEME_PORTS: Record<string, number> = { https: 443, http: 80, oci: 443, grpcs: 443, wss: 443, ws: 80 };

/**
 * Host and port from the forms the values use: `https://host/path`, `tls://host:443`,
 * `oci://host/path`, `host:443`, or a container registry `host[:port]/path`.
 */
export function endpointAddress(text: string): EndpointAddress | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  const scheme = schemeMatch ? (schemeMatch[1] as string).toLowerCase() : '';
  const rest = schemeMatch ? trimmed.slice(schemeMatch[0].length) : trimmed;
  const authority = (rest.split(/[/?#]/)[0] ?? '').replace(/^[^@]*@/, '');
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(authority);
  if (!match) return null;
  const host = (match[1] as string).toLowerCase();
  if (host === '') return null;
  const port = match[2] !== undefined ? Number(match[2]) : (SCHEME_PORTS[scheme] ?? null);
  return { host, port };
}

/** Service DNS names resolve inside the cluster: reaching them is not egress. */
export function isInClusterHost(host: string): boolean {
  return /\.svc(\.cluster\.local)?\.?$/.test(host) || host === 'localhost' || host.endsWith('.cluster.local');
}
