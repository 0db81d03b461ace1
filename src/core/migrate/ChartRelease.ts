import type { Values } from '../diagnostics/Diagnostic';

/**
 * What moving values between chart versions needs to know of one version: its number, and its values.yaml
 * as the chart's schema describes it (each value's default, and so its type). Any chart the studio has, shipped or
 * brought, gives one (`releaseOf`).
 */
export interface ChartRelease {
  version: string;
  defaults: Values;
}

export function releaseOf(chart: { ref: { version: string }; defaults: Values }): ChartRelease {
  return { version: chart.ref.version, defaults: chart.defaults };
}
