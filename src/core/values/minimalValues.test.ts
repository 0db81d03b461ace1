import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coalesceValues } from './coalesceValues';
import { isDefault, minimalValues } from './minimalValues';

const defaults = { image: { registry: 'docker.io', tag: '1.0' }, list: ['a', 'b'], replicas: 1, annotations: {} };

describe('minimalValues', () => {
  test('drops keys equal to the chart default and maps left with no differences', () => {
    expect(minimalValues({ image: { registry: 'docker.io', tag: '2.0' }, list: ['a', 'b'], replicas: 1, annotations: {} }, defaults)).toEqual({
      image: { tag: '2.0' },
    });
  });

  test('keeps a differing list whole, unknown keys, and a null that deletes a default', () => {
    expect(minimalValues({ list: ['a', 'b', 'c'], extra: { x: 1 }, replicas: null }, defaults)).toEqual({
      list: ['a', 'b', 'c'], extra: { x: 1 }, replicas: null,
    });
  });

  test('coalescing the minimal values gives what coalescing the full values gives', () => {
    const leaf = fc.oneof(fc.constantFrom('docker.io', '1.0', 'a', 'b'), fc.constantFrom(1, 2, null, true));
    const user = fc.record(
      { image: fc.record({ registry: leaf, tag: leaf, pull: leaf }, { requiredKeys: [] }), list: fc.array(leaf, { maxLength: 3 }), replicas: leaf, annotations: fc.dictionary(fc.constantFrom('x', 'y'), leaf) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(user, (values) => {
        expect(coalesceValues(defaults, minimalValues(values, defaults))).toEqual(coalesceValues(defaults, values));
      }),
    );
  });

  test('isDefault tells whether a field still has its chart default', () => {
    expect(isDefault('/image/tag', { image: { tag: '1.0' } }, defaults)).toBe(true);
    expect(isDefault('/image/tag', {}, defaults)).toBe(true);
    expect(isDefault('/image/tag', { image: { tag: '2.0' } }, defaults)).toBe(false);
  });
});
