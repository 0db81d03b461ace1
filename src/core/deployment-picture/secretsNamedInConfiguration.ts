import { parse } from 'yaml';
import { isValuesMap } from '../values/isValuesMap';
import { mapAt } from './objectFields';

interface NamedSecret {
  name: string;
  /** The namespace the configuration names beside it; undefined for the reader's own. */
  namespace: string | undefined;
}

/** Keys that name an existing Secret the program reads through the API, not through its pod spec. */
const existingSecretKey = /^existing_?secret(_?name)?$/i;
const namespaceKey = /^existing_?secret_?namespace$/i;

/**
 * Secrets a ConfigMap's configuration files name for the program to read itself (`existing_secret_name:
 * my-postgres`): the pod spec never mentions them, yet the program fails without them. Each data entry
 * that parses as YAML or JSON is searched; other text is left alone.
 */
export function secretsNamedInConfiguration(configMap: unknown): NamedSecret[] {
  const found = new Map<string, NamedSecret>();
  for (const text of Object.values(mapAt(configMap, 'data') ?? {})) {
    if (typeof text !== 'string') continue;
    let parsed: unknown;
    try {
      parsed = parse(text);
    } catch {
      continue;
    }
    visit(parsed, (secret) => found.set(`${secret.namespace ?? ''}/${secret.name}`, secret));
  }
  return [...found.values()];
}

function visit(value: unknown, found: (secret: NamedSecret) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, found);
    return;
  }
  if (!isValuesMap(value)) return;
  const namespaceEntry = Object.entries(value).find(([key, v]) => namespaceKey.test(key) && typeof v === 'string' && v !== '');
  for (const [key, item] of Object.entries(value)) {
    if (existingSecretKey.test(key) && typeof item === 'string' && item.trim() !== '') found({ name: item.trim(), namespace: namespaceEntry ? String(namespaceEntry[1]) : undefined });
    else visit(item, found);
  }
}
