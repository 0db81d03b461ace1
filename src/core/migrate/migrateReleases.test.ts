import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingestChartArchive } from '../chart-ingest/ingestChart';
import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { parsePointer } from '../pointer/jsonPointer';
import { getAt } from '../values/getAt';
import { isValuesMap } from '../values/isValuesMap';
import { setAt } from '../values/setAt';
import type { ChartRelease } from './ChartRelease';
import type { MigrationStep } from './MigrationStep';
import { migrateValues } from './migrateValues';
import { archivesAtHand } from '../../test-support/chartArchive';

/** Every release at hand, as the archives Helm would install. */
const archives = archivesAtHand();

const releases = new Map<string, ChartRelease & { schema: JsonSchema }>();
beforeAll(() => {
  for (const archive of archives) {
    const ingested = ingestChartArchive(new Uint8Array(readFileSync(archive)));
    if (!ingested.ok) throw new Error(`${archive}: ${ingested.error}`);
    releases.set(ingested.chart.version, ingested.chart);
  }
});

const versions = ['1.28.0', '1.40.0', '1.55.0', '1.70.0', '1.89.0', '1.90.0'];
const pairs = versions.flatMap((from) => versions.filter((to) => to !== from).map((to) => [from, to] as const));
const release = (version: string) => releases.get(version)!;

/** Whether a chart's values.yaml has a place for the pointer: a value there, or a free-form map or list above it. */
function hasPlace(defaults: Values, pointer: string): boolean {
  let node: unknown = defaults;
  for (const key of parsePointer(pointer)) {
    if (!isValuesMap(node)) return Array.isArray(node);
    if (Object.keys(node).length === 0) return true;
    if (!Object.hasOwn(node, key)) return false;
    node = node[key];
  }
  return true;
}

/** The first of the places a chart version has for a value, as its values.yaml shows. */
function placeIn(version: string, candidates: readonly string[]): string {
  const found = candidates.find((pointer) => getAt(release(version).defaults, pointer) !== undefined);
  if (!found) throw new Error(`chart ${version} has none of ${candidates.join(', ')}`);
  return found;
}

function enumAt(schema: JsonSchema, pointer: string): unknown[] | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of parsePointer(pointer)) node = (node?.properties as Record<string, JsonSchema> | undefined)?.[key];
  return node?.enum as unknown[] | undefined;
}

function leafPointers(value: unknown, pointer = ''): string[] {
  if (!isValuesMap(value) || Object.keys(value).length === 0) return [pointer];
  return Object.entries(value).flatMap(([key, child]) => leafPointers(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`));
}

const isAtOrAbove = (step: MigrationStep, pointer: string) => [step.from, step.to].some((at) => at !== undefined && (pointer === at || pointer.startsWith(`${at}/`)));

/** Values a user of one release wrote: scheduling, the ingress address, the AWS provider, each where that release reads them. */
function userValuesFor(version: string): { values: Values; places: { nodeSelector: string; ingressAddress: string } } {
  const places = {
    nodeSelector: placeIn(version, ['/shared/nodeSelector', '/shared/scheduling/nodeSelector']),
    ingressAddress: placeIn(version, ['/agent/config/host/ingress_ip_addr', '/agent/config/host/ingress/ip_addr']),
  };
  const provider = enumAt(release(version).schema, '/global/secrets/provider')?.find((value) => typeof value === 'string' && value.startsWith('aws'));
  let values: Values = { join_token: 't', global: { secrets: { provider, aws: { region: 'eu-west-1' } } } };
  values = setAt(values, places.nodeSelector, { pool: 'catalyst' });
  values = setAt(values, places.ingressAddress, '203.0.113.10');
  return { values, places };
}

describe.each(pairs)('values moved from chart %s to chart %s', (from, to) => {
  test('each value lands where the target chart reads it, and its spelling is one the target accepts', () => {
    const user = userValuesFor(from);
    const { values, report } = migrateValues(user.values, release(from), release(to));
    const target = userValuesFor(to).places;
    expect(getAt(values, target.nodeSelector)).toEqual({ pool: 'catalyst' });
    expect(getAt(values, target.ingressAddress)).toBe('203.0.113.10');
    expect(enumAt(release(to).schema, '/global/secrets/provider')).toContain(getAt(values, '/global/secrets/provider'));
    for (const [name, place] of Object.entries(user.places)) {
      const moved = report.find((step) => step.kind === 'moved' && step.from === place);
      if (place === target[name as keyof typeof target]) expect(moved, name).toBeUndefined();
      else expect(moved?.to, name).toBe(target[name as keyof typeof target]);
    }
  });

  test('a copy of the whole values.yaml: nothing is lost, every value the target does not read is reported, every pinned old default is named', () => {
    const copied = release(from).defaults;
    const { values, report } = migrateValues(copied, release(from), release(to));
    // Nothing is lost: each value the user wrote is still there, or a step says where it went.
    for (const pointer of leafPointers(copied)) {
      const kept = getAt(values, pointer) !== undefined;
      expect(kept || report.some((step) => (step.kind === 'moved' || step.kind === 'renamed-value') && isAtOrAbove(step, pointer)), pointer).toBe(true);
    }
    // Nothing the target ignores goes unmentioned.
    for (const pointer of leafPointers(values)) {
      if (hasPlace(release(to).defaults, pointer)) continue;
      expect(report.some((step) => (step.kind === 'removed' && isAtOrAbove(step, pointer)) || step.to === pointer), pointer).toBe(true);
    }
    // A default that changed is pinned at its old value in a copied file: the user hears of it.
    const targetDefaults = release(to).defaults;
    for (const pointer of leafPointers(copied)) {
      const fresh = getAt(targetDefaults, pointer);
      const stale = getAt(copied, pointer);
      if (fresh === undefined || isValuesMap(fresh) || JSON.stringify(fresh) === JSON.stringify(stale) || getAt(values, pointer) !== stale) continue;
      expect(report.some((step) => (step.kind === 'changed-default' || step.kind === 'changed-type') && step.from === pointer), pointer).toBe(true);
    }
  });

  test('there and back again gives the user their values back', () => {
    const user = userValuesFor(from).values;
    const there = migrateValues(user, release(from), release(to)).values;
    expect(migrateValues(there, release(to), release(from)).values).toEqual(user);
  });
});

describe('defaults that changed under values the user did not set', () => {
  test('are listed once, as following the target chart', () => {
    const { report } = migrateValues({ join_token: 't' }, release('1.70.0'), release('1.90.0'));
    const summary = report.filter((step) => step.kind === 'changed-default' && step.from === undefined && step.to === undefined);
    expect(summary).toHaveLength(1);
    expect(summary[0]?.message).toMatch(/changed under values you did not set, which follow chart 1\.90\.0: .*agent\.image\.tag: "1\.70\.0" → "1\.90\.0"/);
  });
});

describe('a release between the archives at hand: its own schema decides, not its number', () => {
  // A release numbered before the first archive with the new layout, that already has it (the 1.55.0 chart
  // as it would be numbered had the change come earlier), and one after it that still has the old layout.
  const earlyNewLayout = () => ({ ...release('1.55.0'), version: '1.50.0' });
  const lateOldLayout = () => ({ ...release('1.40.0'), version: '1.56.0' });

  test('values of 1.40.0 move into the new layout of a 1.50.0 that has it', () => {
    const user = userValuesFor('1.40.0');
    const values: Values = { ...user.values, agent: { config: { project: { blocked_cidrs: ['10.0.0.0/8'] } } } };
    const { values: migrated } = migrateValues(setAt(values, user.places.ingressAddress, '203.0.113.10'), release('1.40.0'), earlyNewLayout());
    expect(getAt(migrated, '/shared/scheduling/nodeSelector')).toEqual({ pool: 'catalyst' });
    expect(getAt(migrated, '/shared/nodeSelector')).toBeUndefined();
    expect(getAt(migrated, '/agent/config/host/ingress/ip_addr')).toBe('203.0.113.10');
    expect(getAt(migrated, '/global/secrets/provider')).toBe('aws.secretmanager');
    expect(getAt(migrated, '/agent/config/project/blocked_egress')).toEqual([{ name: 'blocked-cidrs', cidrs: ['10.0.0.0/8'] }]);
    // And back, to the layout 1.40.0 reads.
    expect(migrateValues(migrated, earlyNewLayout(), release('1.40.0')).values).toEqual(setAt(values, user.places.ingressAddress, '203.0.113.10'));
  });

  test('values stay where a 1.56.0 that still has the old layout reads them, and move from there to 1.90.0', () => {
    const user = userValuesFor('1.40.0');
    const { values, report } = migrateValues(user.values, release('1.40.0'), lateOldLayout());
    expect(values).toEqual(user.values);
    expect(report.filter((step) => step.kind === 'moved' || step.kind === 'renamed-value')).toEqual([]);
    const onward = migrateValues(values, lateOldLayout(), release('1.90.0')).values;
    expect(getAt(onward, '/shared/scheduling/nodeSelector')).toEqual({ pool: 'catalyst' });
    expect(getAt(onward, '/agent/config/host/ingress/ip_addr')).toBe('203.0.113.10');
    expect(getAt(onward, '/global/secrets/provider')).toBe('aws.secretmanager');
  });
});
