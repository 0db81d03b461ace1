import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import overlay from '../../../schemas/catalyst/overlay.json';
import type { CuratedOverlay } from '../chart-ingest/CuratedOverlay';
import { chartDefaults } from '../schema/chartDefaults';
import { schemaAt } from '../schema/schemaNavigation';
import { formatPointer, parsePointer } from '../pointer/jsonPointer';
import type { JsonSchema } from '../schema/JsonSchema';
import type { Values } from '../diagnostics/Diagnostic';
import { getAt } from '../values/getAt';
import { isValuesMap } from '../values/isValuesMap';
import { parseValues } from '../yaml/parseValues';
import { readChartArchiveFiles } from './readChartArchiveFiles';
import { createChart } from '../chart/createChart';
import { broughtChartRef } from '../chart/ChartRef';
import { interpretingCompiler } from '../validate/interpretingCompiler';
import { prepareBroughtArchive } from './prepareBroughtChart';

function leafPointers(values: unknown, path: string[] = []): string[] {
  if (isValuesMap(values) && Object.keys(values).length > 0) return Object.entries(values).flatMap(([key, child]) => leafPointers(child, [...path, key]));
  return [formatPointer(path)];
}

/**
 * A value is described by its own node's title or description, or, inside a map of the user's own keys
 * (feature flags, annotations), by that map's, whose default then holds it.
 */
function isDescribed(schema: JsonSchema, pointer: string): boolean {
  const node = schemaAt(schema, pointer);
  if (node) return node.title !== undefined || node.description !== undefined;
  const segments = parsePointer(pointer);
  for (let length = segments.length - 1; length > 0; length--) {
    const map = schemaAt(schema, formatPointer(segments.slice(0, length)));
    if (!map) continue;
    const open = map.additionalProperties !== undefined && map.additionalProperties !== false;
    return open && (map.title !== undefined || map.description !== undefined) && getAt(map.default as Values, formatPointer(segments.slice(length))) !== undefined;
  }
  return false;
}

describe.each(['1.40.0', '1.55.0', '1.70.0', '1.89.0'])('a brought archive of release %s', (version) => {
  const bytes = new Uint8Array(readFileSync(`../shared/chart/releases/catalyst-${version}.tgz`));
  const prepared = prepareBroughtArchive(bytes, overlay as CuratedOverlay);
  if (!prepared.ok) throw new Error(prepared.error);
  const { schema, report } = prepared.chart;
  const read = readChartArchiveFiles(bytes);
  const valuesText = read.ok ? new TextDecoder().decode(read.files.find((file) => file.path === 'values.yaml')!.bytes) : '';
  const parsed = parseValues(valuesText, { maxLength: Infinity });
  if (!parsed.ok) throw new Error('values.yaml did not parse');

  test('describes every value of its values.yaml, with the chart\'s default', () => {
    expect(prepared.chart.version).toBe(version);
    const leaves = leafPointers(parsed.values);
    const undescribed = leaves.filter((pointer) => !isDescribed(schema, pointer));
    expect(undescribed).toEqual([]);
    expect(chartDefaults(schema)).toEqual(parsed.values);
  });

  test('gets the studio\'s sections, secrets, existing-Secret alternatives and conditions', () => {
    const sections = new Set((schema['x-sections'] ?? []).map((section) => section.id));
    expect(sections.size).toBeGreaterThan(10);
    for (const [key, child] of Object.entries(schema.properties ?? {})) expect([key, sections.has(String(child['x-section']))]).toEqual([key, true]);
    expect(schemaAt(schema, '/join_token')).toMatchObject({ 'x-secret': true });
    expect(schemaAt(schema, '/gateway/tls/key')).toMatchObject({ 'x-secret': true, 'x-existing-secret': '/gateway/tls/existingSecret', 'x-widget': 'pem' });
    expect(JSON.stringify(schema)).toContain('"x-show-if"');
  });

  test('a value the studio describes shows the studio\'s words; one it does not, the chart\'s, marked as such', () => {
    expect(schemaAt(schema, '/gateway/tls/existingSecret')).toMatchObject({ title: 'Existing TLS secret' });
    expect(schemaAt(schema, '/gateway/tls/existingSecret')!['x-description-from-chart']).toBeUndefined();
    for (const pointer of report!.new) {
      const node = schemaAt(schema, pointer)!;
      if (node.description !== undefined && node.title === undefined) expect([pointer, node['x-description-from-chart']]).toEqual([pointer, true]);
    }
  });

  test('the studio\'s checks pass the chart\'s own defaults once a join token is given, and catch a wrong value', () => {
    const validator = createChart(broughtChartRef('catalyst', version), schema, interpretingCompiler(schema));
    const errors = validator.check({ join_token: 'token' }).problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([]);
    const wrong = validator.check({ join_token: 'token', gateway: { tls: { enabled: 'yes please' } } }).problems;
    expect(wrong.some((problem) => problem.pointer === '/gateway/tls/enabled' && problem.severity === 'error')).toBe(true);
  });

  test('speaks of AWS Secrets Manager in the spelling this release takes (aws or aws.secretmanager)', () => {
    const spellings = schemaAt(schema, '/global/secrets/provider')!.enum as string[];
    const aws = spellings.find((spelling) => spelling.startsWith('aws'))!;
    const other = aws === 'aws' ? 'aws.secretmanager' : 'aws';
    // The AWS settings show for the spelling the chart takes, and the words name no value it refuses.
    expect(schemaAt(schema, '/global/secrets/aws')!['x-show-if']).toEqual({ '/global/secrets/provider': { const: aws } });
    expect(schemaAt(schema, '/global/secrets/aws/region')!.description).toContain(aws === 'aws' ? 'provider is aws.' : 'aws.secretmanager');
    const providerWords = JSON.stringify(schemaAt(schema, '/global/secrets/provider'));
    for (const spelling of ['aws.secretmanager', 'postgresql']) if (!spellings.includes(spelling)) expect(providerWords).not.toContain(spelling);
    const validator = createChart(broughtChartRef('catalyst', version), schema, interpretingCompiler(schema));
    const errorsAt = (values: Values) => validator.check({ join_token: 'token', ...values }).problems.filter((problem) => problem.severity === 'error').map((problem) => problem.pointer);
    expect(errorsAt({ global: { secrets: { provider: aws, aws: { region: 'us-east-1' } } } })).toEqual([]);
    expect(errorsAt({ global: { secrets: { provider: aws } } }).some((pointer) => pointer.startsWith('/global/secrets/aws'))).toBe(true);
    expect(errorsAt({ global: { secrets: { provider: other, aws: { region: 'us-east-1' } } } })).toContain('/global/secrets/provider');
  });

  test('its report names the curated entries this release has no value for, and the values it has that are new', () => {
    const exact = report!.stale.filter((pointer) => !pointer.includes('*'));
    expect(exact.filter((pointer) => schemaAt(schema, pointer) !== undefined)).toEqual([]);
    expect(report!.new.filter((pointer) => schemaAt(schema, pointer) === undefined)).toEqual([]);
  });
});
