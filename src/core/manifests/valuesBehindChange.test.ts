import { beforeAll, describe, expect, test } from 'vitest';
import type { HelmManifest } from '../helm-engine/HelmRenderResult';
import { helmTemplate, splitHelmOutput } from '../../test-support/helmTemplateOutput';
import { parseValues } from '../yaml/parseValues';
import { coalesceValues } from '../values/coalesceValues';
import type { Values } from '../diagnostics/Diagnostic';
import { readFileSync } from 'node:fs';
import { compareWithDefaults } from './compareWithDefaults';
import { lineDiff } from './lineDiff';
import { changedValues, valuesBehindLine, valuesSwitchingObject } from './valuesBehindChange';

function parsed(text: string): Values {
  const result = parseValues(text);
  if (!result.ok) throw new Error('does not parse');
  return result.values;
}

describe('the values behind a change in an object', () => {
  const defaults = parsed('management:\n  logLevel: info\n  replicas: 1\nagent:\n  image:\n    repository: diagrid/agent\nnetworkPolicies:\n  enabled: false\n');

  test('lists what the values changed against the defaults, each with before and after', () => {
    const values = coalesceValues(defaults, parsed('management:\n  logLevel: debug\nnetworkPolicies:\n  enabled: true\n'));
    expect(changedValues(values, defaults)).toEqual([
      { pointer: '/management/logLevel', value: 'debug', before: 'info' },
      { pointer: '/networkPolicies/enabled', value: true, before: false },
    ]);
  });

  test('a changed line names the value set under its key, and its removed line the default it replaced', () => {
    const changes = changedValues(coalesceValues(defaults, parsed('management:\n  logLevel: debug\n  replicas: 2\n')), defaults);
    expect(valuesBehindLine({ mark: '+', text: '    logLevel: "debug"' }, changes)).toEqual(['/management/logLevel']);
    expect(valuesBehindLine({ mark: '-', text: '    logLevel: info' }, changes)).toEqual(['/management/logLevel']);
    expect(valuesBehindLine({ mark: '+', text: '  replicas: 2' }, changes)).toEqual(['/management/replicas']);
    expect(valuesBehindLine({ mark: '+', text: '        - --log-level=debug' }, changes)).toEqual(['/management/logLevel']);
    expect(valuesBehindLine({ mark: ' ', text: '    logLevel: "debug"' }, changes)).toEqual([]);
    expect(valuesBehindLine({ mark: '+', text: '  something: else' }, changes)).toEqual([]);
  });

  test('a line holding a changed string names it', () => {
    const changes = changedValues(coalesceValues(defaults, parsed('agent:\n  image:\n    repository: registry.example.com/agent\n')), defaults);
    expect(valuesBehindLine({ mark: '+', text: '          image: registry.example.com/agent:1.2.3' }, changes)).toEqual(['/agent/image/repository']);
  });

  test('an object switched on is traced to the switch', () => {
    const changes = changedValues(coalesceValues(defaults, parsed('networkPolicies:\n  enabled: true\n')), defaults);
    expect(valuesSwitchingObject({ source: 'catalyst/templates/network-policies.yaml', name: 'deny-all' }, changes)).toEqual(['/networkPolicies/enabled']);
    expect(valuesSwitchingObject({ source: 'catalyst/templates/agent/deployment.yaml', name: 'catalyst-agent' }, changes)).toEqual([]);
  });
});

describe("the Catalyst chart's objects", () => {
  const text = 'management:\n  logLevel: debug\nnetworkPolicies:\n  enabled: true\ncleanup:\n  enabled: false\n';
  let compared: ReturnType<typeof compareWithDefaults>;
  let values: Values;
  let defaults: Values;
  beforeAll(async () => {
    const [before, after] = await Promise.all([helmTemplate('1.90.0', ''), helmTemplate('1.90.0', text)]);
    compared = compareWithDefaults(splitHelmOutput(after), splitHelmOutput(before));
    defaults = parsed(readFileSync('../shared/chart/1.90.0/values.yaml', 'utf8'));
    values = coalesceValues(defaults, parsed(text));
  }, 60_000);

  test('every changed line of a changed object is traced to the value that changed it', () => {
    const changes = changedValues(values, defaults);
    const changedObjects = compared.filter((c) => c.change === 'changed');
    expect(changedObjects.length).toBeGreaterThan(0);
    const traced = changedObjects.flatMap((c) => lineDiff(c.before?.yaml ?? '', c.manifest.yaml).filter((line) => line.mark !== ' ').map((line) => valuesBehindLine(line, changes)));
    expect(traced).toContainEqual(['/management/logLevel']);
  });

  test('objects added and removed are traced to the switch that did it', () => {
    const changes = changedValues(values, defaults);
    const switchedBy = (change: string) => compared.filter((c) => c.change === change).map((c: { manifest: HelmManifest }) => valuesSwitchingObject(c.manifest, changes));
    expect(switchedBy('added').filter((pointers) => pointers.includes('/networkPolicies/enabled')).length).toBeGreaterThan(5);
    expect(switchedBy('removed')).toContainEqual(['/cleanup/enabled']);
  });
});
