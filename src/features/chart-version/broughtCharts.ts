import type { ChartValidator } from '@/core/validate/createChartValidator';

/** A chart the user brought in this page: its key stands in for a chart version in the session. */
export interface BroughtChartEntry {
  key: string;
  /** What the picker shows: "<name> <version> (your chart)". */
  label: string;
  validator: ChartValidator;
}

/**
 * The charts brought in this page. They live only in memory: the archive was read in the browser and is
 * not kept, so after a reload the user brings it again.
 */
const entries = new Map<string, BroughtChartEntry>();
const listeners = new Set<() => void>();
let snapshot: readonly BroughtChartEntry[] = [];

/** Distinct from every shipped version ("1.90.0"), so a brought copy of a shipped chart never shadows it. */
export function broughtChartKey(name: string, version: string): string {
  return `yours:${name}@${version}`;
}

export function isBroughtChartKey(version: string): boolean {
  return version.startsWith('yours:');
}

export function addBroughtChart(entry: BroughtChartEntry): void {
  entries.set(entry.key, entry);
  snapshot = [...entries.values()];
  for (const listener of [...listeners]) listener();
}

export function findBroughtChart(key: string): BroughtChartEntry | undefined {
  return entries.get(key);
}

export function broughtCharts(): readonly BroughtChartEntry[] {
  return snapshot;
}

export function subscribeBroughtCharts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
