/**
 * The value a deep link names: `#/gateway/tls/existingSecret` → `/gateway/tls/existingSecret`. Other
 * hashes (a share link's `#share=…`) are not deep links.
 */
export function pointerFromHash(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.startsWith('/')) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
