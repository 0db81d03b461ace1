import type { JsonSchema } from '../schema/JsonSchema';
import { parseValues } from '../yaml/parseValues';
import type { ChartFiles } from './ChartFiles';
import { overlayChartSchema } from './overlayChartSchema';
import { checkChartSchema } from './checkChartSchema';
import type { OverlayReport } from '../chart-ingest/applyOverlay';
import type { CuratedOverlay } from '../chart-ingest/CuratedOverlay';
import { studioChartSchemaOfArchive } from '../chart-ingest/studioChartSchema';

interface BroughtChart {
  name: string;
  version: string;
  /**
   * From an archive: the studio's schema for that release (the chart's values and templates with the curated
   * overlay). From a schema and a values file: the chart's own schema, dressed with the shipped schema's
   * sections, and its values.yaml as defaults.
   */
  schema: JsonSchema;
  /** From an archive: how the curated overlay fits this release. */
  report?: OverlayReport;
}

export type BroughtChartResult = { ok: true; chart: BroughtChart } | { ok: false; error: string };

/** A brought chart's files as a chart the studio can open, or what is wrong with them. */
export function prepareBroughtChart(files: ChartFiles, shipped: JsonSchema): BroughtChartResult {
  let schema: unknown;
  try {
    schema = JSON.parse(files.schemaText);
  } catch (error) {
    return { ok: false, error: `The chart's values.schema.json is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return { ok: false, error: "The chart's values.schema.json is not a JSON Schema: it must be a JSON object." };
  }
  const safe = checkChartSchema(schema);
  if (!safe.ok) return safe;
  const values = parseValues(files.valuesText);
  if (!values.ok) {
    const first = values.issues[0];
    return { ok: false, error: `The chart's values.yaml could not be read${first ? ` (line ${first.line}: ${first.message})` : ''}.` };
  }
  return { ok: true, chart: { name: files.name, version: files.version, schema: overlayChartSchema(schema as JsonSchema, shipped, values.values) } };
}

/** The section that takes the values no curated entry places (the form's catch-all for a chart's own settings). */
const advancedSection = 'advanced';

/**
 * A brought chart archive, of any release, as the studio's full form: its values, templates and comments read
 * (ingestChart), with every curated decision that applies to its version, and the report of what did not fit.
 * Top-level values no entry places go to the Advanced section.
 */
export function prepareBroughtArchive(bytes: Uint8Array, overlay: CuratedOverlay): BroughtChartResult {
  const made = studioChartSchemaOfArchive(bytes, overlay);
  if (!made.ok) return made;
  const { name, version, schema, report } = made.chart;
  if (schema['x-sections']?.some((section) => section.id === advancedSection)) {
    for (const child of Object.values(schema.properties ?? {})) {
      if (child['x-section'] === undefined) child['x-section'] = advancedSection;
    }
  }
  return { ok: true, chart: { name, version, schema, report } };
}
