import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';

/**
 * What moving values between chart versions needs to know of one version: its number, its values.yaml as the
 * chart's schema describes it (each value's default, and so its type), and the schema itself, which says
 * where the version reads each value and which spellings it takes. Any chart the studio has, shipped or
 * brought, gives one (`releaseOf`).
 */
export interface ChartRelease {
  version: string;
  defaults: Values;
  schema: JsonSchema;
}

export function releaseOf(chart: { ref: { version: string }; defaults: Values; schema: JsonSchema }): ChartRelease {
  return { version: chart.ref.version, defaults: chart.defaults, schema: chart.schema };
}
