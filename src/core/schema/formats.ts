import type { Format, FormatDefinition } from 'ajv';
// The format table alone: ajv-formats' index would bring ajv's compiler into the page with it.
import { fullFormats } from 'ajv-formats/dist/formats';

/** A string format named by the schema's `format` keyword, with the words the form shows under the field. */
interface ChartFormat {
  validate(value: string): boolean;
  /** A short phrase for under the field, e.g. "a CIDR block such as 10.0.0.0/8". */
  hint: string;
  /** A realistic value, usable as a placeholder. */
  example: string;
}

/**
 * Helm treats "" as unset, and strings holding `{{` are run through `tpl` and checked by
 * `x-go-template` instead, so no format judges either of them.
 */
function lenient(check: (value: string) => boolean): (value: string) => boolean {
  return (value) => value === '' || value.includes('{{') || check(value);
}

/** ajv-formats hands out RegExps or functions; the chart formats need a plain predicate to build on. */
function toPredicate(format: Format): (value: string) => boolean {
  if (format instanceof RegExp) return (value) => format.test(value);
  if (typeof format === 'function') return (value) => format(value) === true;
  if (typeof format === 'string') {
    const re = new RegExp(format);
    return (value) => re.test(value);
  }
  if (format === true) return () => true;
  const inner = format.validate;
  if (inner instanceof RegExp) return (value) => inner.test(value);
  if (typeof inner === 'string') {
    const re = new RegExp(inner);
    return (value) => re.test(value);
  }
  return (value) => (inner as (v: string) => unknown)(value) === true;
}

// Reused from ajv-formats so `format: hostname` means the same inside our composite formats as on its own.
const isHostnameSyntax = toPredicate(fullFormats.hostname);
const isIPv4 = toPredicate(fullFormats.ipv4);
const isIPv6 = toPredicate(fullFormats.ipv6);

/** A DNS name whose last label is all digits is a mistyped IPv4 address (300.0.0.1), not a host. */
function isHostname(value: string): boolean {
  if (!isHostnameSyntax(value)) return false;
  const labels = value.replace(/\.$/, '').split('.');
  const last = labels[labels.length - 1] ?? '';
  return !/^\d+$/.test(last) || isIPv4(value);
}

function isPort(text: string): boolean {
  if (!/^\d{1,5}$/.test(text)) return false;
  const port = Number(text);
  return port >= 1 && port <= 65535;
}

/** `host`, `1.2.3.4` or `[::1]` — the spellings Go's net.SplitHostPort and URL parsers take. */
function isHost(host: string): boolean {
  if (host.startsWith('[') && host.endsWith(']')) return isIPv6(host.slice(1, -1));
  return isIPv4(host) || isHostname(host);
}

/** Splits `host:port` / `[v6]:port`; the port is undefined when there is no colon. */
function splitHostPort(text: string): { host: string; port: string | undefined } {
  const bracketed = /^(\[[^\]]*\])(?::(.*))?$/.exec(text);
  if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2] };
  const colon = text.lastIndexOf(':');
  if (colon < 0) return { host: text, port: undefined };
  return { host: text.slice(0, colon), port: text.slice(colon + 1) };
}

function isHostPort(text: string): boolean {
  const { host, port } = splitHostPort(text);
  return port !== undefined && isPort(port) && isHost(host);
}

/** The authority part of a URL: optional `user:password@`, a host, an optional port. */
function isAuthority(text: string): boolean {
  const { host, port } = splitHostPort(text.slice(text.lastIndexOf('@') + 1));
  return isHost(host) && (port === undefined || isPort(port));
}

// RFC 3986 path/query/fragment characters; a space or a quote means the value was pasted wrongly.
const URL_TAIL = /^(?:[/?#](?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*)?$/;

function isUrlWithScheme(value: string, schemes: readonly string[]): boolean {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/s.exec(value);
  if (!match) return false;
  const [, scheme = '', authority = '', tail = ''] = match;
  return schemes.includes(scheme.toLowerCase()) && isAuthority(authority) && URL_TAIL.test(tail);
}

// Docker's distribution/reference grammar: a path component is lowercase alnum runs joined by `.`, `_`, `__` or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
// A registry host may be mixed case and carry a port (distribution/reference `domainAndPort`).
const DOMAIN = /^(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])(?:\.(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]))*$/;

function isRegistryHost(text: string): boolean {
  const { host, port } = splitHostPort(text);
  if (port !== undefined && !/^\d+$/.test(port)) return false;
  if (host.startsWith('[') && host.endsWith(']')) return isIPv6(host.slice(1, -1));
  return DOMAIN.test(host);
}

function isRepositoryPath(segments: readonly string[]): boolean {
  return segments.length > 0 && segments.every((segment) => PATH_COMPONENT.test(segment));
}

/** The rule Docker uses to tell `gcr.io/x` (a registry) from `envoyproxy/envoy` (a Docker Hub namespace). */
function looksLikeRegistryHost(segment: string): boolean {
  return segment.includes('.') || segment.includes(':') || segment === 'localhost';
}

function isImageRegistry(value: string): boolean {
  const [host = '', ...path] = value.split('/');
  return isRegistryHost(host) && (path.length === 0 || isRepositoryPath(path));
}

function isImageRepository(value: string): boolean {
  const segments = value.split('/');
  const first = segments[0] ?? '';
  if (segments.length > 1 && looksLikeRegistryHost(first)) {
    return isRegistryHost(first) && isRepositoryPath(segments.slice(1));
  }
  return isRepositoryPath(segments);
}

/**
 * The apimachinery grammar (`<sign><digits>[.<digits>]<suffix>`, suffix a binary SI, decimal SI or `e<int>`).
 * Its hand-written parser also takes "-", "+" and "." as zero; those are typos, never intended, so we require a digit.
 */
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;

/** Go's time.ParseDuration: "0" alone, else one or more `<number><unit>` with a unit on every part. */
const GO_DURATION = /^[+-]?(?:0|(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;

const DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

function isDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && value.split('.').every((label) => DNS1123_LABEL.test(label));
}

function isCidr(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const address = value.slice(0, slash);
  const prefix = value.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  if (isIPv4(address)) return bits <= 32;
  if (isIPv6(address)) return bits <= 128;
  return false;
}

/** Base64 as PEM carries it: whitespace anywhere, `=` padding only at the end. */
function isPemBody(body: string): boolean {
  const compact = body.replace(/\s+/g, '');
  return compact.length > 0 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact);
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;

interface PemBlock {
  label: string;
  body: string;
}

/** Splits text into PEM blocks; null when anything but whitespace sits outside them or a BEGIN/END pair mismatches. */
function parsePem(value: string): PemBlock[] | null {
  const blocks: PemBlock[] = [];
  let rest = value;
  for (const match of value.matchAll(PEM_BLOCK)) {
    const [whole, begin = '', body = '', end = ''] = match;
    if (begin !== end) return null;
    blocks.push({ label: begin, body });
    rest = rest.replace(whole, '');
  }
  return rest.trim() === '' ? blocks : null;
}

/** Legacy OpenSSL-encrypted keys carry `Proc-Type:`/`DEK-Info:` headers, then a blank line, before the base64. */
function stripPemHeaders(body: string): string {
  const headers = /^\s*(?:[A-Za-z-]+:[^\n]*\n)+\s*\n/.exec(body);
  return headers ? body.slice(headers[0].length) : body;
}

function isPemCertificate(value: string): boolean {
  const blocks = parsePem(value);
  return (
    blocks !== null &&
    blocks.length > 0 &&
    blocks.every((block) => block.label === 'CERTIFICATE' && isPemBody(block.body))
  );
}

function isPemPrivateKey(value: string): boolean {
  const blocks = parsePem(value);
  if (blocks === null || blocks.length !== 1) return false;
  const [block] = blocks;
  return (
    block !== undefined &&
    /^(?:RSA |EC |ENCRYPTED )?PRIVATE KEY$/.test(block.label) &&
    isPemBody(stripPemHeaders(block.body))
  );
}

function format(check: (value: string) => boolean, hint: string, example: string): ChartFormat {
  return { validate: lenient(check), hint, example };
}

/** The formats `values.schema.json` may name, keyed by format name. */
export const chartFormats: Record<string, ChartFormat> = {
  'k8s-name': format(
    isDns1123Subdomain,
    'a Kubernetes name: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit',
    'my-registry-secret',
  ),
  'k8s-label': format(
    (value) => value.length <= 63 && DNS1123_LABEL.test(value),
    'a Kubernetes label: up to 63 lowercase letters, digits and "-", starting and ending with a letter or digit',
    'catalyst',
  ),
  // Not lenient: the chart writes resources out as they are (toYaml), never through `tpl`, so "" and template
  // text reach the Kubernetes API server, which refuses anything that is not a quantity.
  quantity: {
    validate: (value) => QUANTITY.test(value),
    hint: 'a Kubernetes quantity such as 500Mi, 1Gi, 250m or 0.5',
    example: '500Mi',
  },
  // Host bits may be set (10.0.0.1/8): Go's net.ParseCIDR and the Kubernetes API server both accept it
  // (kubernetes/kubernetes#94484 to reject it was closed), so refusing it would be stricter than install.
  cidr: format(isCidr, 'a CIDR block such as 10.0.0.0/8', '10.0.0.0/8'),
  'host-port': format(isHostPort, 'a host and port such as catalyst-cloud.r1.diagrid.io:443', 'catalyst-cloud.r1.diagrid.io:443'),
  url: format(
    (value) => isUrlWithScheme(value, ['http', 'https']),
    'an http:// or https:// URL such as https://api.r1.diagrid.io',
    'https://api.r1.diagrid.io',
  ),
  'https-url': format(
    (value) => isUrlWithScheme(value, ['https']),
    'an https:// URL such as https://trust.r1.diagrid.io',
    'https://trust.r1.diagrid.io',
  ),
  // The path is optional because the chart's own default (oci://public.ecr.aws/diagrid) has a one-segment path
  // and Helm takes a bare registry too; a trailing "/" would make the agent build `//chart` references.
  'oci-url': format(
    (value) => {
      const match = /^oci:\/\/([^/]+)((?:\/[^/]+)*)$/.exec(value);
      if (!match) return false;
      const [, authority = '', path = ''] = match;
      return isRegistryHost(authority) && (path === '' || isRepositoryPath(path.slice(1).split('/')));
    },
    'an OCI registry URL such as oci://my-registry.example.com/diagrid',
    'oci://public.ecr.aws/diagrid',
  ),
  'tls-url': format(
    (value) => value.startsWith('tls://') && isHostPort(value.slice('tls://'.length)),
    'a tls://host:port address such as tls://client-events.r1.diagrid.io:443',
    'tls://client-events.r1.diagrid.io:443',
  ),
  'pem-certificate': format(
    isPemCertificate,
    'one or more PEM certificates (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----)',
    '-----BEGIN CERTIFICATE-----\nMIIBkjCCATegAwIBAgIUQ8L5w8W/d5kJFTKiQgmRcG/Swv0wCgYIKoZIzj0EAwIw\n-----END CERTIFICATE-----',
  ),
  'pem-private-key': format(
    isPemPrivateKey,
    'one PEM private key (-----BEGIN PRIVATE KEY----- … -----END PRIVATE KEY-----)',
    '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----',
  ),
  'go-duration': format(
    (value) => GO_DURATION.test(value),
    'a duration such as 10s, 1m30s or 300ms (units ns, us, ms, s, m, h)',
    '10s',
  ),
  // The chart writes `<repository>:<tag>`, so a tag pinned by digest (`1.28.0@sha256:<hex>`) makes a
  // reference the runtime pulls by digest: Docker's grammar allows `name:tag@digest`.
  'image-tag': format(
    (value) => /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}(?:@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,})?$/.test(value),
    'an image tag such as 1.28.0 (letters, digits, "_", "." and "-", up to 128), optionally pinned by digest (@sha256:…)',
    '1.28.0',
  ),
  'image-registry': format(
    isImageRegistry,
    'a registry host with an optional path, without https:// or a tag, such as gcr.io/my-project',
    'my-registry.example.com',
  ),
  'image-repository': format(
    isImageRepository,
    'an image repository without a tag, such as envoyproxy/envoy',
    'catalyst-all',
  ),
};

/**
 * Every chart format as ajv takes it, plus `hostname`, `ipv4` and `ipv6` from ajv-formats wrapped so that ""
 * and templates pass like everywhere else (ajv-formats alone rejects "", which Helm reads as unset). Also
 * what validator code generated ahead of time imports by name.
 */
export function chartFormatDefinitions(): Record<string, FormatDefinition<string>> {
  const standard = { hostname: isHostnameSyntax, ipv4: isIPv4, ipv6: isIPv6 };
  const definitions: Record<string, FormatDefinition<string>> = {};
  for (const [name, check] of Object.entries(standard)) definitions[name] = { type: 'string', validate: lenient(check) };
  for (const [name, chartFormat] of Object.entries(chartFormats)) definitions[name] = { type: 'string', validate: chartFormat.validate };
  return definitions;
}
