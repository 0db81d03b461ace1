import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { broughtChartRef } from '../core/chart/ChartRef';
import { compareChartVersions } from '../core/chart/chartVersion';
import { compileChart } from '../core/chart/compileChart';
import { ingestChartArchive } from '../core/chart-ingest/ingestChart';
import type { JsonSchema } from '../core/schema/JsonSchema';
import { chartDefaults } from '../core/schema/chartDefaults';
import { loadChartSchema, shippedChartVersions } from '../core/schema/chartCatalog';
import { presets } from '../core/presets/presets';
import { migratedPresetText } from '../core/presets/presetText';
import { checkValuesText } from '../core/validate/checkValuesText';
import { expectPresetValidOn } from '../test-support/expectPresetValidOn';
import { shipChart } from './shipChart';

/** A copy of the project's schemas, so shipping one more version here leaves the project as it is. */
const project = mkdtempSync(join(tmpdir(), 'ship-chart-'));
cpSync('schemas', join(project, 'schemas'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

const archive = new Uint8Array(readFileSync('../shared/chart/releases/catalyst-1.55.0.tgz'));
const projectVersions = readFileSync('schemas/catalyst/versions.json', 'utf8');

describe('shipping one more chart version is the one command', () => {
  const shipped = shipChart(project, archive);
  if (!shipped.ok) throw new Error(shipped.error);
  const schema = JSON.parse(readFileSync(shipped.schemaFile, 'utf8')) as JsonSchema;
  const chart = compileChart(broughtChartRef('catalyst', shipped.version), schema);
  const release = { version: shipped.version, schema, defaults: chart.defaults };

  test('the catalog lists the new version among the others, oldest first', () => {
    expect(JSON.parse(readFileSync(join(project, 'schemas/catalyst/versions.json'), 'utf8'))).toEqual([...shippedChartVersions, '1.55.0'].sort(compareChartVersions));
    expect(shipped.schemaFile).toBe(join(project, 'schemas/catalyst/1.55.0/values.schema.json'));
  });

  test('its schema describes every value of the chart with the chart\'s default, and finds no error in them', () => {
    const ingested = ingestChartArchive(archive);
    if (!ingested.ok) throw new Error(ingested.error);
    expect(chartDefaults(schema)).toEqual(ingested.chart.defaults);
    const { diagnostics } = checkValuesText('', chart, { joinToken: 'install' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test.each(presets.map((preset) => [preset.title, preset] as const))('%s, written once, is valid on it with no text of its own', async (_title, preset) => {
    const written = await loadChartSchema(preset.writtenFor);
    const text = migratedPresetText(preset, { version: preset.writtenFor, schema: written, defaults: chartDefaults(written) }, release);
    expectPresetValidOn(preset, text, chart);
  });

  test('running it again gives the same files, and the project itself is left as it was', () => {
    const first = readFileSync(shipped.schemaFile, 'utf8');
    const again = shipChart(project, archive);
    expect(again.ok).toBe(true);
    expect(readFileSync(shipped.schemaFile, 'utf8')).toBe(first);
    expect(JSON.parse(readFileSync(join(project, 'schemas/catalyst/versions.json'), 'utf8'))).toHaveLength(shippedChartVersions.length + 1);
    expect(readFileSync('schemas/catalyst/versions.json', 'utf8')).toBe(projectVersions);
  });
});
