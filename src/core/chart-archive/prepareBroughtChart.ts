import type { JsonSchema } from '../schema/JsonSchema';
import { parseValues } from '../yaml/parseValues';
import type { ChartFiles } from './ChartFiles';
import { overlayChartSchema } from './overlayChartSchema';
import { checkChartSchema } from './checkChartSchema';

interface BroughtChart {
  name: string;
  version: string;
  /** The chart's own schema, dressed with the shipped schema's sections, and its values.yaml as defaults. */
  schema: JsonSchema;
}

type BroughtChartResult = { ok: true; chart: BroughtChart } | { ok: false; error: string };

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
