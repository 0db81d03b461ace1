import { beforeAll, describe, expect, test } from 'vitest';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { compareWithDefaults } from './compareWithDefaults';
import { helmTemplate, splitHelmOutput } from '../../test-support/helmTemplateOutput';
import { groupManifests, manifestKey } from './manifestGroups';
import { manifestFileName, manifestStream, matchesManifestSearch } from './manifestStream';
import { maskSecretData } from './maskSecretData';

const changedValues = 'networkPolicies:\n  enabled: true\ncleanup:\n  enabled: false\nmanagement:\n  logLevel: debug\n';
let defaultsOutput = '';
let defaults: HelmManifest[] = [];
let changed: HelmManifest[] = [];

beforeAll(async () => {
  [defaultsOutput, changed] = await Promise.all([helmTemplate('1.90.0', ''), helmTemplate('1.90.0', changedValues).then(splitHelmOutput)]);
  defaults = splitHelmOutput(defaultsOutput);
}, 60_000);

describe('the rendered objects of the Catalyst chart', () => {
  test('are grouped by kind in reading order, hooks with the jobs, every object in one group', () => {
    const grouped = groupManifests(defaults);
    expect(grouped.map((group) => group.title)).toEqual(['Deployments', 'StatefulSets', 'Jobs and hooks', 'Services', 'ConfigMaps', 'RBAC']);
    expect(grouped.flatMap((group) => group.manifests)).toHaveLength(defaults.length);
    const hooks = grouped.find((group) => group.title === 'Jobs and hooks')?.manifests ?? [];
    expect(hooks.length).toBeGreaterThan(1);
    expect(hooks.every((manifest) => manifest.kind === 'Job' || manifest.hooks.includes('post-delete'))).toBe(true);
  });

  test('kinds outside the known groups get a group of their own, after them', () => {
    expect(groupManifests(changed).map((group) => group.title).slice(-2)).toEqual(['RBAC', 'Namespace']);
    expect(groupManifests(changed).find((group) => group.title === 'NetworkPolicies')?.manifests.length).toBeGreaterThan(0);
  });

  test('are marked against what the defaults render: added, changed, removed', () => {
    const compared = compareWithDefaults(changed, defaults);
    const keysOf = (change: string) => compared.filter((c) => c.change === change).map((c) => manifestKey(c.manifest));
    // Network policies are new; the cleanup hooks are gone; the management config carries the log level.
    expect(keysOf('added').some((key) => key.startsWith('NetworkPolicy/'))).toBe(true);
    expect(keysOf('removed').length).toBeGreaterThan(0);
    expect(compared.filter((c) => c.change === 'removed').some((c) => c.manifest.hooks.includes('post-delete'))).toBe(true);
    const changedOnes = compared.filter((c) => c.change === 'changed');
    expect(changedOnes.length).toBeGreaterThan(0);
    expect(changedOnes.some((c) => c.manifest.yaml.includes('debug') && !c.before?.yaml.includes('debug'))).toBe(true);
    // The same values against themselves change nothing.
    expect(compareWithDefaults(defaults, defaults).every((c) => c.change === 'unchanged')).toBe(true);
  });

  test('print as one stream exactly as helm template prints them', () => {
    expect(manifestStream(defaults)).toBe(defaultsOutput);
    expect(manifestFileName('catalyst', '1.90.0', 'catalyst')).toBe('catalyst-1.90.0-catalyst.yaml');
  });

  test('are found by kind, name or content', () => {
    const found = (query: string) => defaults.filter((m) => matchesManifestSearch(m, query)).map((m) => m.kind);
    expect(found('statefulset')).toContain('StatefulSet');
    expect(found('gateway-envoy serviceaccount')).toContain('ServiceAccount');
    expect(found('no-object-says-this')).toEqual([]);
  });
});

describe("a Secret's values", () => {
  const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: join-token\ndata:\n  token: ZXlKaGJHY2lPaUpGVXpJMU5pSjk=\nstringData:\n  password: hunter2\n';

  test('are hidden, each saying how long it is; the rest stays', () => {
    const masked = maskSecretData('Secret', secret);
    expect(masked).not.toContain('ZXlKaGJHY2lPaUpGVXpJMU5pSjk=');
    expect(masked).not.toContain('hunter2');
    expect(masked).toContain('token: (hidden, 28 characters)');
    expect(masked).toContain('password: (hidden, 7 characters)');
    expect(masked).toContain('name: join-token');
  });

  test('are not found by searching for them', () => {
    const manifest: HelmManifest = { source: 'x/templates/secret.yaml', kind: 'Secret', name: 'join-token', namespace: '', yaml: secret, hooks: [] };
    expect(matchesManifestSearch(manifest, 'hunter2')).toBe(false);
    expect(matchesManifestSearch(manifest, 'join-token')).toBe(true);
  });

  test('other kinds are shown as rendered', () => {
    const configMap = secret.replace('kind: Secret', 'kind: ConfigMap');
    expect(maskSecretData('ConfigMap', configMap)).toBe(configMap);
  });
});
