import { defineOwn } from '@/core/values/defineOwn';

export interface KeyValueRow {
  key: string;
  value: string;
}

/** A string map as editable rows, in the map's own order; non-string values show as their text. */
export function rowsFromMap(map: unknown): KeyValueRow[] {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return [];
  return Object.entries(map as Record<string, unknown>).map(([key, value]) => ({
    key,
    value: typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value),
  }));
}

/**
 * The rows as a map. A row without a key is still being typed and is left out; of two rows with one key
 * the later wins, as it would in YAML.
 */
export function mapFromRows(rows: readonly KeyValueRow[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const row of rows) if (row.key !== '') defineOwn(map, row.key, row.value);
  return map;
}

/** Whether the rows already say what the map says (so the rows being typed need not be replaced). */
export function rowsMatchMap(rows: readonly KeyValueRow[], map: unknown): boolean {
  const fromRows = mapFromRows(rows);
  const current = rowsFromMap(map);
  const keys = Object.keys(fromRows);
  return keys.length === current.length && current.every((row, i) => keys[i] === row.key && fromRows[row.key] === row.value);
}
