import { expect, test } from 'vitest';
import { environmentsOfWorkspace } from './environmentsOfWorkspace';

test('each overlay is an environment of the base and its overlay, named as the workspace exports them', () => {
  const result = environmentsOfWorkspace(
    { base: 'gateway:\n  replicaCount: 2\nglobal:\n  image:\n    registry: r.example.com\n', overlays: [{ name: 'prod', text: 'gateway:\n  replicaCount: 3\n' }, { name: 'dev', text: 'global:\n  image:\n    registry: null\n' }], fileStem: 'values' },
    'default',
  );
  if (!result.ok) throw new Error('not read');
  expect(result.environments.map((e) => [e.name, e.files.map((f) => f.path)])).toEqual([
    ['prod', ['values.yaml', 'values-prod.yaml']],
    ['dev', ['values.yaml', 'values-dev.yaml']],
  ]);
  expect(result.environments[0]!.values).toEqual({ gateway: { replicaCount: 3 }, global: { image: { registry: 'r.example.com' } } });
  expect(result.environments[1]!.values).toEqual({ gateway: { replicaCount: 2 }, global: { image: { registry: null } } });
});

test('a single file is one environment under the name given', () => {
  const result = environmentsOfWorkspace({ base: 'cleanup:\n  enabled: false\n', overlays: [] }, 'eu-west');
  expect(result).toEqual({ ok: true, environments: [{ name: 'eu-west', files: [{ path: 'catalyst-values.yaml', text: 'cleanup:\n  enabled: false\n' }], values: { cleanup: { enabled: false } } }] });
});

test('a layer that does not parse is refused, naming its file, rather than exported as empty', () => {
  const result = environmentsOfWorkspace({ base: 'a: 1\n', overlays: [{ name: 'prod', text: 'gateway: [\n' }] }, 'default');
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems).toEqual([{ environment: 'prod', message: expect.stringContaining('catalyst-values-prod.yaml is not valid YAML') }]);
});
