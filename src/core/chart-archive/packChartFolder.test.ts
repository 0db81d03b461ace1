import { describe, expect, test } from 'vitest';
import { packChartFolder } from './packChartFolder';
import { readChartArchiveFiles } from './readChartArchiveFiles';
import { readChartArchive } from './readChartArchive';

const encode = (text: string) => new TextEncoder().encode(text);
const schemaText = JSON.stringify({ type: 'object', properties: { replicas: { type: 'integer' } } });

describe('a chart folder as an archive', () => {
  test('packs the chart the user picked into the archive helm package makes, read like any other', () => {
    const packed = packChartFolder([
      { path: 'demo/Chart.yaml', bytes: encode('apiVersion: v2\nname: demo\nversion: 0.4.0\n') },
      { path: 'demo/values.yaml', bytes: encode('replicas: 1\n') },
      { path: 'demo/values.schema.json', bytes: encode(schemaText) },
      { path: 'demo/templates/deployment.yaml', bytes: encode('kind: Deployment\n') },
      { path: 'demo/.git/config', bytes: encode('[core]\n') },
    ]);
    if (!packed.ok) throw new Error(packed.error);
    expect(readChartArchive(packed.archive)).toEqual({ ok: true, files: { name: 'demo', version: '0.4.0', valuesText: 'replicas: 1\n', schemaText } });
    const files = readChartArchiveFiles(packed.archive);
    expect(files.ok && files.files.map((file) => file.path).sort()).toEqual(['Chart.yaml', 'templates/deployment.yaml', 'values.schema.json', 'values.yaml']);
  });

  test('finds the chart in a folder above it, leaving out what is beside it', () => {
    const packed = packChartFolder([
      { path: 'work/notes.txt', bytes: encode('x') },
      { path: 'work/demo/Chart.yaml', bytes: encode('name: demo\nversion: 1.0.0\n') },
      { path: 'work/demo/values.schema.json', bytes: encode(schemaText) },
      { path: 'work/demo/charts/sub/Chart.yaml', bytes: encode('name: sub\nversion: 1.0.0\n') },
    ]);
    if (!packed.ok) throw new Error(packed.error);
    const files = readChartArchiveFiles(packed.archive);
    expect(files.ok && files.files.map((file) => file.path).sort()).toEqual(['Chart.yaml', 'charts/sub/Chart.yaml', 'values.schema.json']);
  });

  test('says what to choose when the folder is not a chart', () => {
    expect(packChartFolder([{ path: 'photos/a.png', bytes: encode('x') }])).toEqual({ ok: false, error: expect.stringContaining('no Chart.yaml') });
  });
});
