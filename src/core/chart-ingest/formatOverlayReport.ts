import type { OverlayReport } from './applyOverlay';

/** The overlay report as text for a terminal: counts first, then each item on its own line. */
export function formatOverlayReport(report: OverlayReport): string {
  const part = (title: string, items: readonly string[]) => `${title}: ${items.length}\n${items.map((item) => `  ${item}\n`).join('')}`;
  return [
    part('stale (curated entries that match no value of this chart)', report.stale),
    part('unjudged (curated rules and conditions left out: a value they name is not in this chart)', report.unjudged),
    part('new (values no curated entry covers: described by type and the chart\'s own comment)', report.new),
  ].join('');
}
