import type { DroppedFile } from '@/core/chart-archive/readChartFiles';
import type { OverlayReport } from '@/core/chart-ingest/applyOverlay';
import type { Chart } from '@/core/chart/createChart';

/** A chart the user brought: its key stands in for a chart version in the session. */
export interface BroughtChartEntry {
  key: string;
  /** What the picker shows: "<name> <version> (your chart)". */
  label: string;
  chart: Chart;
  /** The files it was read from, kept in this browser (keptCharts) so it comes back after a reload. */
  files: DroppedFile[];
  /** The chart archive, when the user brought one (or a folder): what Helm's engine renders. */
  archive: Uint8Array | undefined;
  /** For an archive: how the curated overlay fits this release (what the chart-version dialog lists). */
  overlayReport?: OverlayReport;
}

/**
 * The brought charts this page has read, by key: reading one again (its schema compiled into validators)
 * costs a moment, so it is done once per page. The list of charts itself is keptCharts'.
 */
const entries = new Map<string, BroughtChartEntry>();

export function rememberBroughtChart(entry: BroughtChartEntry): void {
  entries.set(entry.key, entry);
}

export function findBroughtChart(key: string): BroughtChartEntry | undefined {
  return entries.get(key);
}

/** The charts read in this page: the kept ones opened so far, and any this browser could not keep. */
export function broughtChartsInPage(): BroughtChartEntry[] {
  return [...entries.values()];
}

export function dropBroughtChart(key: string): void {
  entries.delete(key);
}
