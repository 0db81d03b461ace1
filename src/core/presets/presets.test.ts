import { beforeAll, describe, expect, test } from 'vitest';
import { shippedChartVersions } from '../schema/chartCatalog';
import { isSecretPointer } from '../secrets/isSecretPointer';
import { findSecrets } from '../secrets/findSecrets';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { checkValuesText } from '../validate/checkValuesText';
import { parseValues } from '../yaml/parseValues';
import { presets } from './presets';
import { presetText } from './presetText';

const charts = new Map<string, Chart>();
beforeAll(async () => {
  for (const version of shippedChartVersions) charts.set(version, await compileShippedChart(version));
}, 60_000);

function parsedPreset(text: string) {
  const parsed = parseValues(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.line}: ${i.message}`).join('\n'));
  expect(parsed.issues).toEqual([]);
  return parsed.values;
}

const everyPresetOnEveryVersion = presets.flatMap((preset) => shippedChartVersions.map((version) => [preset.title, version, preset] as const));

describe('presets', () => {
  test('the menu offers quick start on kind, production and air-gapped', () => {
    expect(presets.map((p) => p.id)).toEqual(['quick-start-kind', 'production', 'air-gapped']);
  });

  test('each preset is written for every chart version the studio ships', () => {
    for (const preset of presets) expect(Object.keys(preset.textByChartVersion).sort(), preset.title).toEqual([...shippedChartVersions].sort());
  });

  test.each(everyPresetOnEveryVersion)('%s on chart %s: no error, with the join token given at install', (_title, version, preset) => {
    const chart = charts.get(version);
    if (!chart) throw new Error(`no chart for ${version}`);
    const text = presetText(preset, version);
    parsedPreset(text);
    const { diagnostics } = checkValuesText(text, chart, { joinToken: 'install' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.source === 'unknown-key')).toEqual([]);
  });

  test.each(everyPresetOnEveryVersion)('%s on chart %s: carries no token or other secret, and its comments say where the token comes from', (_title, version, preset) => {
    const chart = charts.get(version);
    if (!chart) throw new Error(`no chart for ${version}`);
    const text = presetText(preset, version);
    const values = parsedPreset(text);
    expect(Object.hasOwn(values, 'join_token')).toBe(false);
    expect(findSecrets(values, isSecretPointer(chart.schema))).toEqual([]);
    expect(text).toContain('--set join_token="${JOIN_TOKEN}"');
  });

  test('Production speaks each version\'s words for AWS Secrets Manager', () => {
    const production = presets.find((p) => p.id === 'production');
    if (!production) throw new Error('no production preset');
    expect(presetText(production, '1.28.0')).toMatch(/provider: aws\n/);
    expect(presetText(production, '1.90.0')).toMatch(/provider: aws\.secretmanager\n/);
  });

  test('a chart the user brought gets the text of the nearest shipped version', () => {
    const production = presets.find((p) => p.id === 'production');
    if (!production) throw new Error('no production preset');
    expect(presetText(production, '1.95.2')).toBe(presetText(production, '1.90.0'));
    expect(presetText(production, '1.40.0')).toBe(presetText(production, '1.28.0'));
  });
});
