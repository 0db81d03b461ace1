import { compareChartVersions } from '../chart/chartVersion';
import type { ChartRelease } from '../migrate/ChartRelease';
import { migrateDocument } from '../migrate/migrateDocument';
import { chartDefaults } from '../schema/chartDefaults';
import { loadChartSchema } from '../schema/chartCatalog';
import { parseValues } from '../yaml/parseValues';
import type { Preset } from './Preset';

/**
 * A preset's text for a chart: written once, for one version, and carried to any other (shipped or brought)
 * by the same migration a version switch makes, comments kept. A new chart version needs no text of its own;
 * the presets' test judges the result on every shipped version.
 */
export function migratedPresetText(preset: Preset, written: ChartRelease, target: ChartRelease): string {
  if (compareChartVersions(written.version, target.version) === 0) return preset.text;
  const parsed = parseValues(preset.text);
  if (!parsed.ok) return preset.text;
  return migrateDocument(parsed.document, parsed.values, written, target).text;
}

/** migratedPresetText, with the shipped chart the preset is written for loaded here. */
export async function presetText(preset: Preset, target: ChartRelease): Promise<string> {
  if (compareChartVersions(preset.writtenFor, target.version) === 0) return preset.text;
  const schema = await loadChartSchema(preset.writtenFor);
  return migratedPresetText(preset, { version: preset.writtenFor, schema, defaults: chartDefaults(schema) }, target);
}
