import { nearestShippedVersion } from '../schema/chartCatalog';
import type { Preset } from './Preset';

/** The preset's text for a chart version: its own, or for a chart brought by the user, the nearest shipped version's. */
export function presetText(preset: Preset, chartVersion: string): string {
  return preset.textByChartVersion[chartVersion] ?? preset.textByChartVersion[nearestShippedVersion(chartVersion)] ?? '';
}
