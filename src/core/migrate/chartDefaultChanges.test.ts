import { test, expect } from 'vitest';
import { loadChartSchema } from '../schema/chartCatalog';
import { chartDefaults } from '../schema/chartDefaults';
import { isValuesMap } from '../values/isValuesMap';
import { isDeepEqual } from '../values/isDeepEqual';
import { defaultChanges1_28To1_90 } from './chartDefaultChanges';

function leaves(value: unknown, pointer = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (isValuesMap(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) leaves(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
  } else {
    out.set(pointer, value);
  }
  return out;
}

test('the stale-default table lists exactly the defaults that differ between the shipped schemas', async () => {
  const before = leaves(chartDefaults(await loadChartSchema('1.28.0')));
  const after = leaves(chartDefaults(await loadChartSchema('1.90.0')));
  const expected = [...before]
    .filter(([pointer, value]) => after.has(pointer) && !isDeepEqual(value, after.get(pointer)))
    .map(([pointer, value]) => ({ pointer, before: value, after: after.get(pointer) }));
  // The schema orders keys for the form, not as values.yaml does: compare as sets.
  const byPointer = (a: { pointer: string }, b: { pointer: string }) => a.pointer.localeCompare(b.pointer);
  expect([...defaultChanges1_28To1_90].sort(byPointer)).toEqual(expected.sort(byPointer));
});
