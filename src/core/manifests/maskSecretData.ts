import { isMap, isScalar, parseDocument } from 'yaml';

/**
 * A Secret's YAML with the values under `data` and `stringData` hidden (each says how long it is), so the
 * view can be shown on a shared screen. Anything else comes back as it was.
 */
export function maskSecretData(kind: string, text: string): string {
  if (kind !== 'Secret') return text;
  const document = parseDocument(text);
  if (document.errors.length > 0) return text;
  let masked = false;
  for (const field of ['data', 'stringData']) {
    const map = document.get(field, true);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      if (!isScalar(pair.value) || pair.value.value === null) continue;
      const length = String(pair.value.value).length;
      pair.value.value = `(hidden, ${length} ${length === 1 ? 'character' : 'characters'})`;
      pair.value.type = 'PLAIN';
      masked = true;
    }
  }
  return masked ? document.toString({ lineWidth: 0 }) : text;
}
