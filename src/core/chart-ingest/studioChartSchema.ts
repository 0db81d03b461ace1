import type { ChartArchiveFile } from '../chart-archive/readChartArchiveFiles';
import { readChartArchiveFiles } from '../chart-archive/readChartArchiveFiles';
import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { applyOverlay, type OverlayReport } from './applyOverlay';
import type { CuratedOverlay } from './CuratedOverlay';
import { ingestChartFiles, type IngestOptions } from './ingestChart';

interface StudioChartSchema {
  name: string;
  version: string;
  /** The studio's schema for this chart: generated from the chart, with every curated decision for its version. */
  schema: JsonSchema;
  report: OverlayReport;
  /** The chart's values.yaml, as Helm reads it. */
  defaults: Values;
}

type StudioChartSchemaResult = { ok: true; chart: StudioChartSchema } | { ok: false; error: string };

/**
 * The studio's schema for any release of the chart: what ingestChartFiles reads from the chart itself, with the
 * curated overlay's entries for that version merged in. The shipped schemas are exactly this, with the chart's
 * own words left out (`chartTexts: false`).
 */
function studioChartSchema(files: readonly ChartArchiveFile[], overlay: CuratedOverlay, options: IngestOptions = {}): StudioChartSchemaResult {
  const ingested = ingestChartFiles(files, options);
  if (!ingested.ok) return ingested;
  const { name, version, schema, defaults } = ingested.chart;
  const overlaid = applyOverlay(schema, version, overlay);
  return { ok: true, chart: { name, version, schema: overlaid.schema, report: overlaid.report, defaults } };
}

/** studioChartSchema of a chart archive (`helm pull` output), read within the studio's limits. */
export function studioChartSchemaOfArchive(bytes: Uint8Array, overlay: CuratedOverlay, options: IngestOptions = {}): StudioChartSchemaResult {
  const read = readChartArchiveFiles(bytes);
  if (!read.ok) return { ok: false, error: read.error };
  return studioChartSchema(read.files, overlay, options);
}

/** A schema as the studio writes it to a file: two-space JSON and a final newline, so regenerating changes no byte. */
export function formatSchemaFile(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
