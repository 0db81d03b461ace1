import { expect, test } from 'vitest';
import { layersFromFiles } from './layersFromFiles';
import { checkEnvironmentName } from './checkEnvironmentName';

test('values.yaml is the base under values-prod.yaml and values-staging.yaml, whatever the order', () => {
  const result = layersFromFiles([
    { name: 'values-prod.yaml', text: 'a: 2\n' },
    { name: 'values.yaml', text: '# base\na: 1\n' },
    { name: 'values_staging-EU.yml', text: 'a: 3\n' },
  ]);
  expect(result).toMatchObject({
    ok: true,
    workspace: { base: '# base\na: 1\n', overlays: [{ name: 'prod', text: 'a: 2\n' }, { name: 'staging-eu', text: 'a: 3\n' }], fileStem: 'values' },
    baseFile: 'values.yaml',
  });
});

test("a chart folder's own files are passed over and listed", () => {
  const result = layersFromFiles([
    { name: 'chart/Chart.yaml', text: 'name: x\n' },
    { name: 'chart/templates/deployment.yaml', text: 'kind: Deployment\n' },
    { name: 'chart/README.md', text: '#' },
    { name: 'chart/values.yaml', text: 'a: 1\n' },
  ]);
  expect(result).toMatchObject({ ok: true, workspace: { base: 'a: 1\n', overlays: [] } });
  expect(result.ok && result.skipped.map((s) => s.file)).toEqual(['chart/Chart.yaml', 'chart/templates/deployment.yaml', 'chart/README.md']);
});

test('without a common name the first file is the base and each other file names its environment', () => {
  const result = layersFromFiles([
    { name: 'shared.yaml', text: 'a: 1\n' },
    { name: 'eu-west.yaml', text: 'a: 2\n' },
    { name: 'us-east.yaml', text: 'a: 3\n' },
  ]);
  expect(result.ok && result.workspace.overlays.map((o) => o.name)).toEqual(['eu-west', 'us-east']);
});

test('no values file among them is a message, not an empty workspace', () => {
  expect(layersFromFiles([{ name: 'notes.txt', text: '' }])).toMatchObject({ ok: false, message: expect.stringContaining('values file') });
});

test('environment names are DNS labels, unique and not "base"', () => {
  expect(checkEnvironmentName('prod-eu', ['dev'])).toBeUndefined();
  expect(checkEnvironmentName('Prod', [])).toMatch(/lowercase/);
  expect(checkEnvironmentName('dev', ['dev'])).toMatch(/already/);
  expect(checkEnvironmentName('base', [])).toMatch(/base/);
  expect(checkEnvironmentName('', [])).toMatch(/Name/);
});
