import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { shippedChartVersions } from '../schema/chartCatalog';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { releaseOf } from '../migrate/ChartRelease';
import { studioChartSchemaOfArchive } from '../chart-ingest/studioChartSchema';
import type { CuratedOverlay } from '../chart-ingest/CuratedOverlay';
import overlay from '../../../schemas/catalyst/overlay.json';
import { checkValuesText } from '../validate/checkValuesText';
import { parseValues } from '../yaml/parseValues';
import { presets } from './presets';
import { presetText } from './presetText';
import { expectPresetValidOn } from '../../test-support/expectPresetValidOn';

const charts = new Map<string, Chart>();
beforeAll(async () => {
  for (const version of shippedChartVersions) charts.set(version, await compileShippedChart(version));
}, 60_000);

const everyPresetOnEveryVersion = presets.flatMap((preset) => shippedChartVersions.map((version) => [preset.title, version, preset] as const));

describe('presets', () => {
  test('the menu offers quick start on kind, production and air-gapped', () => {
    expect(presets.map((p) => p.id)).toEqual(['quick-start-kind', 'production', 'air-gapped']);
  });

  test('each preset is written for a version the studio ships', () => {
    for (const preset of presets) expect(shippedChartVersions, preset.title).toContain(preset.writtenFor);
  });

  test.each(everyPresetOnEveryVersion)('%s on chart %s: no error or unknown key, no token or other secret, its comments kept', async (_title, version, preset) => {
    const chart = charts.get(version)!;
    expectPresetValidOn(preset, await presetText(preset, releaseOf(chart)), chart);
  });

  test('Production speaks each version\'s words for AWS Secrets Manager', async () => {
    const production = presets.find((p) => p.id === 'production')!;
    expect(await presetText(production, releaseOf(charts.get('1.28.0')!))).toMatch(/provider: aws\n/);
    expect(await presetText(production, releaseOf(charts.get('1.90.0')!))).toMatch(/provider: aws\.secretmanager\n/);
  });

  test('a chart the user brought gets each preset in its own words', async () => {
    const built = studioChartSchemaOfArchive(new Uint8Array(readFileSync('../shared/chart/releases/catalyst-1.40.0.tgz')), overlay as CuratedOverlay);
    if (!built.ok) throw new Error(built.error);
    const release = { version: built.chart.version, schema: built.chart.schema, defaults: built.chart.defaults };
    const production = presets.find((p) => p.id === 'production')!;
    const text = await presetText(production, release);
    expect(text).toMatch(/provider: aws\n/);
    const parsed = parseValues(text);
    expect(parsed.ok).toBe(true);
  });

  test('a preset that names a value the target has no place for is caught', () => {
    const chart = charts.get('1.28.0')!;
    const broken = { ...presets[0]!, text: `${presets[0]!.text}\nshared:\n  scheduling:\n    nodeSelector:\n      pool: x\n` };
    const { diagnostics } = checkValuesText(broken.text, chart, { joinToken: 'install' });
    expect(diagnostics.some((d) => d.source === 'unknown-key')).toBe(true);
    expect(() => expectPresetValidOn(broken, broken.text, chart)).toThrow();
  });
});

