import { isValuesMap } from '../values/isValuesMap';

/** A rendered object, or a part of one, as parsed YAML. */
export type ObjectMap = Record<string, unknown>;

/** The map at a path of keys, or undefined where the path is missing or not a map. */
export function mapAt(value: unknown, ...keys: string[]): ObjectMap | undefined {
  const found = valueAt(value, keys);
  return isValuesMap(found) ? found : undefined;
}

/** The list at a path of keys, or empty where it is missing or not a list. */
export function listAt(value: unknown, ...keys: string[]): unknown[] {
  const found = valueAt(value, keys);
  return Array.isArray(found) ? found : [];
}

/** The text at a path of keys (numbers as written), or undefined. */
export function textAt(value: unknown, ...keys: string[]): string | undefined {
  const found = valueAt(value, keys);
  if (typeof found === 'string') return found;
  if (typeof found === 'number' || typeof found === 'boolean') return String(found);
  return undefined;
}

function valueAt(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (!isValuesMap(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** A label selector's `matchLabels` as `key=value` pairs; `{}` (every pod) gives none. */
export function labelPairs(labels: ObjectMap | undefined): string[] {
  return Object.entries(labels ?? {}).map(([key, value]) => `${key}=${String(value)}`);
}

/** True when every label the selector asks for is on the object with the same value (an empty selector selects all). */
export function labelsMatch(selector: ObjectMap | undefined, labels: ObjectMap | undefined): boolean {
  return Object.entries(selector ?? {}).every(([key, value]) => labels !== undefined && Object.hasOwn(labels, key) && String(labels[key]) === String(value));
}

/** A LabelSelector (`matchLabels` and `matchExpressions`) against an object's labels; an empty one selects all. */
export function selectorMatches(selector: ObjectMap | undefined, labels: ObjectMap | undefined): boolean {
  if (!labelsMatch(mapAt(selector, 'matchLabels'), labels)) return false;
  return listAt(selector, 'matchExpressions').every((expression) => {
    const key = textAt(expression, 'key') ?? '';
    const values = listAt(expression, 'values').map(String);
    const has = labels !== undefined && Object.hasOwn(labels, key);
    const value = has ? String(labels[key]) : undefined;
    switch (textAt(expression, 'operator')) {
      case 'In':
        return value !== undefined && values.includes(value);
      case 'NotIn':
        return value === undefined || !values.includes(value);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false;
    }
  });
}

/** True when the selector has no terms: it selects every pod of its namespace. */
export function selectsEverything(selector: ObjectMap | undefined): boolean {
  return Object.keys(mapAt(selector, 'matchLabels') ?? {}).length === 0 && listAt(selector, 'matchExpressions').length === 0;
}
