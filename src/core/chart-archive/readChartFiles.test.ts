import { describe, expect, test } from 'vitest';
import { gzipSync } from 'fflate';
import { createTar } from 'nanotar';
import { readChartFiles } from './readChartFiles';
import { readChartArchive } from './readChartArchive';

const encode = (text: string) => new TextEncoder().encode(text);
const schemaText = JSON.stringify({ type: 'object', properties: { replicas: { type: 'integer' } } });

function chartArchive(files: Record<string, string>): Uint8Array {
  return gzipSync(createTar(Object.entries(files).map(([name, data]) => ({ name, data: encode(data) }))));
}

describe('reading a chart archive', () => {
  test('finds the values, the schema, and the name and version of a helm pull archive', () => {
    const bytes = chartArchive({
      'demo/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 2.1.0\n',
      'demo/values.yaml': '# Replicas.\nreplicas: 2\n',
      'demo/values.schema.json': schemaText,
      'demo/templates/deployment.yaml': 'kind: Deployment\n',
      'demo/charts/sub/values.yaml': 'other: true\n',
    });
    expect(readChartArchive(bytes)).toEqual({
      ok: true,
      files: { name: 'demo', version: '2.1.0', valuesText: '# Replicas.\nreplicas: 2\n', schemaText },
    });
  });

  test('takes the top chart, not a subchart, when both have a schema', () => {
    const bytes = chartArchive({
      'top/Chart.yaml': 'name: top\nversion: 1.0.0\n',
      'top/charts/sub/values.schema.json': '{}',
      'top/values.schema.json': schemaText,
      'top/values.yaml': 'replicas: 1\n',
    });
    const read = readChartArchive(bytes);
    expect(read.ok && read.files.schemaText).toBe(schemaText);
  });

  test('says the schema is missing when the chart has none', () => {
    const read = readChartArchive(chartArchive({ 'demo/Chart.yaml': 'name: demo\nversion: 1.0.0\n', 'demo/values.yaml': 'a: 1\n' }));
    expect(read).toEqual({ ok: false, error: expect.stringContaining('no values.schema.json') });
  });

  test('refuses an archive over 20 MB without reading it', () => {
    const read = readChartArchive(new Uint8Array(21 * 1024 * 1024));
    expect(read).toEqual({ ok: false, error: expect.stringContaining('up to 20.0 MB') });
  });

  test('refuses a schema over 5 MB with its size, as any file of the chart', () => {
    const huge = JSON.stringify({ description: 'x'.repeat(6 * 1024 * 1024) });
    const read = readChartArchive(chartArchive({ 'demo/Chart.yaml': 'name: demo\nversion: 1.0.0\n', 'demo/values.schema.json': huge, 'demo/values.yaml': '' }));
    expect(read).toEqual({ ok: false, error: expect.stringMatching(/"demo\/values\.schema\.json" is 6\.0 MB; the studio reads chart files up to 5\.0 MB each/) });
  });

  test('says a damaged archive is damaged', () => {
    const bytes = chartArchive({ 'demo/values.schema.json': schemaText });
    const read = readChartArchive(bytes.slice(0, 40));
    expect(read.ok).toBe(false);
  });
});

describe('reading dropped chart files', () => {
  test('accepts a schema with its values file, named after Chart.yaml when it comes too', () => {
    const read = readChartFiles([
      { name: 'values.schema.json', bytes: encode(schemaText) },
      { name: 'values.yaml', bytes: encode('replicas: 3\n') },
      { name: 'Chart.yaml', bytes: encode('name: demo\nversion: 0.3.0\n') },
    ]);
    expect(read).toEqual({ ok: true, files: { name: 'demo', version: '0.3.0', valuesText: 'replicas: 3\n', schemaText } });
  });

  test('asks for the values file when only the schema was chosen', () => {
    const read = readChartFiles([{ name: 'values.schema.json', bytes: encode(schemaText) }]);
    expect(read).toEqual({ ok: false, error: expect.stringContaining('needs the chart\'s values.yaml') });
  });

  test('reads an archive among the chosen files', () => {
    const read = readChartFiles([{ name: 'demo-1.0.0.tgz', bytes: chartArchive({ 'demo/Chart.yaml': 'name: demo\nversion: 1.0.0\n', 'demo/values.schema.json': schemaText, 'demo/values.yaml': '' }) }]);
    expect(read.ok && read.files.version).toBe('1.0.0');
  });
});
