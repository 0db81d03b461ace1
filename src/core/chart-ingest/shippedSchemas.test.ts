import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import overlay from '../../../schemas/catalyst/overlay.json';
import type { CuratedOverlay } from './CuratedOverlay';
import { readChartArchiveFiles } from '../chart-archive/readChartArchiveFiles';
import { valuesComments } from './valuesComments';
import { formatSchemaFile, studioChartSchemaOfArchive } from './studioChartSchema';
import { shippedChartVersions } from '../schema/chartCatalog';
import { compareChartVersions } from '../chart/chartVersion';
import { chartArchivePath } from '../../test-support/chartArchive';

const curated = overlay as CuratedOverlay;

test('the catalog lists exactly the versions that have a schema, oldest first', () => {
  const folders = readdirSync('schemas/catalyst', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect([...shippedChartVersions].sort()).toEqual(folders.sort());
  expect(shippedChartVersions).toEqual([...shippedChartVersions].sort(compareChartVersions));
});

describe.each(shippedChartVersions)('the shipped schema of chart %s', (version) => {
  const archive = new Uint8Array(readFileSync(chartArchivePath(version)));
  const result = studioChartSchemaOfArchive(archive, curated, { chartTexts: false });
  if (!result.ok) throw new Error(result.error);

  test('is what the chart and the curated overlay make, byte for byte', () => {
    expect(formatSchemaFile(result.chart.schema)).toBe(readFileSync(`schemas/catalyst/${version}/values.schema.json`, 'utf8'));
  });

  test('leaves no curated entry unused and no value uncurated', () => {
    expect(result.chart.report).toEqual({ stale: [], unjudged: [], new: [] });
  });

  test('carries none of the chart\'s own comments as a description', () => {
    const read = readChartArchiveFiles(archive);
    if (!read.ok) throw new Error(read.error);
    const valuesText = new TextDecoder().decode(read.files.find((file) => file.path === 'values.yaml')!.bytes);
    const comments = new Set([...valuesComments(valuesText).values()]);
    expect(comments.size).toBeGreaterThan(100);
    const descriptions: string[] = [];
    JSON.stringify(result.chart.schema, (key, value: unknown) => {
      if (key === 'description' && typeof value === 'string') descriptions.push(value);
      return value;
    });
    expect(descriptions.filter((description) => comments.has(description))).toEqual([]);
    expect(JSON.stringify(result.chart.schema)).not.toContain('x-description-from-chart');
  });
});
