import { parse } from 'yaml';

/**
 * The name and version Chart.yaml declares, and the Kubernetes versions it supports (`kubeVersion`, a
 * constraint such as `>=1.29.0-0`); undefined for any that is missing or not a string.
 */
export function readChartMetadata(text: string): { name?: string; version?: string; kubeVersion?: string } {
  let parsed: unknown;
  try {
    parsed = parse(text, { maxAliasCount: 10 });
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const record = parsed as Record<string, unknown>;
  const stringOf = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 100) : typeof value === 'number' ? String(value) : undefined);
  const name = stringOf(record['name']);
  const version = stringOf(record['version']);
  const kubeVersion = stringOf(record['kubeVersion']);
  return { ...(name !== undefined && { name }), ...(version !== undefined && { version }), ...(kubeVersion !== undefined && { kubeVersion }) };
}
