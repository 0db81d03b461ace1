/** The hash, not the query: browsers never send it to a server. */
const SHARE_KEY = 'share=';

/** `baseUrl` with any hash replaced by `#share=<payload>`. */
export function shareUrl(baseUrl: string, payload: string): string {
  const hashAt = baseUrl.indexOf('#');
  const base = hashAt === -1 ? baseUrl : baseUrl.slice(0, hashAt);
  return `${base}#${SHARE_KEY}${payload}`;
}

/**
 * The payload of a `#share=` hash, or null. Other hashes (deep links such as
 * `#/gateway/tls/existingSecret`) are not share payloads. Accepts a full URL or a bare hash.
 */
export function payloadFromUrl(url: string): string | null {
  const hashAt = url.indexOf('#');
  if (hashAt === -1) return null;
  const hash = url.slice(hashAt + 1);
  if (!hash.startsWith(SHARE_KEY)) return null;
  const raw = hash.slice(SHARE_KEY.length);
  try {
    // Some chat tools percent-encode what they pass on; base64url itself never needs it.
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
