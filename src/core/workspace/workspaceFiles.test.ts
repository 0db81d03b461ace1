import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, expect, test } from 'vitest';
import { loadChartSchema } from '../schema/chartCatalog';
import type { JsonSchema } from '../schema/JsonSchema';
import { chartDefaults } from '../schema/chartDefaults';
import { layerValuesFiles } from './Workspace';
import { workspaceFiles, zipWorkspaceFiles } from './workspaceFiles';

let schema: JsonSchema;
beforeAll(async () => {
  schema = await loadChartSchema('1.90.0');
});

const workspace = {
  base: '# shared\ngateway:\n  tls:\n    enabled: true\n',
  overlays: [
    { name: 'prod', text: '# Frankfurt\ngateway:\n  tls:\n    enabled: true # as the base\n  replicas: 3\njoin_token: eyJ.prod\n' },
    { name: 'dev', text: 'gateway:\n  tls:\n    enabled: false\n' },
  ],
  fileStem: 'values',
};

test('the base as written and each overlay minimal against it, named as helm install -f takes them, secrets left out', () => {
  const result = workspaceFiles(workspace, chartDefaults(schema), schema, false);
  if (!result.ok) throw new Error(`refused ${result.fileName}`);
  expect(result.files.map((file) => [file.fileName, file.text])).toEqual([
    ['values.yaml', workspace.base],
    ['values-prod.yaml', '# Frankfurt\ngateway:\n  replicas: 3\n'],
    ['values-dev.yaml', 'gateway:\n  tls:\n    enabled: false\n'],
  ]);
  expect(result.files[1]?.leftOut.map((secret) => secret.pointer)).toEqual(['/join_token']);
  expect(result.files[1]?.dropped).toEqual(['/gateway/tls/enabled']);
});

test('an environment is installed from the exported files it is made of: the base, then its overlay', () => {
  const result = workspaceFiles(workspace, chartDefaults(schema), schema, false);
  if (!result.ok) throw new Error(`refused ${result.fileName}`);
  const [base, prod] = result.files.map((file) => file.fileName);
  expect(layerValuesFiles(workspace, 'prod')).toEqual([base, prod]);
  expect(layerValuesFiles(workspace, undefined)).toEqual([base]);
  expect(layerValuesFiles({}, 'prod')).toEqual(['catalyst-values.yaml', 'catalyst-values-prod.yaml']);
});

test('secrets stay in the files when the user includes them', () => {
  const result = workspaceFiles(workspace, chartDefaults(schema), schema, true);
  expect(result.ok && result.files[1]?.text).toContain('join_token: eyJ.prod');
});

test('a file with YAML errors is named instead of exported', () => {
  expect(workspaceFiles({ ...workspace, overlays: [{ name: 'bad', text: 'a: [\n' }] }, chartDefaults(schema), schema, false)).toEqual({ ok: false, fileName: 'values-bad.yaml' });
});

test('the zip holds every file under its name, byte for byte', () => {
  const zip = unzipSync(zipWorkspaceFiles([{ fileName: 'values.yaml', text: 'a: 1\n' }, { fileName: 'values-prod.yaml', text: '# ü\n' }]));
  expect(Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]))).toEqual({ 'values.yaml': 'a: 1\n', 'values-prod.yaml': '# ü\n' });
});
