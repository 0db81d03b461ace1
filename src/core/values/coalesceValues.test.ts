import { describe, expect, test } from 'vitest';
import { coalesceValues } from './coalesceValues';

describe('coalesceValues', () => {
  const defaults = { image: { registry: 'docker.io', tag: '1.0' }, list: ['a', 'b'], scalar: 5, nested: { deep: { x: 1, z: 2 } } };

  test('maps merge, lists and scalars replace', () => {
    expect(coalesceValues(defaults, { image: { tag: '2.0' }, list: ['c'], scalar: 6 })).toEqual({
      image: { registry: 'docker.io', tag: '2.0' }, list: ['c'], scalar: 6, nested: { deep: { x: 1, z: 2 } },
    });
  });

  test('a user null deletes the default key; a null without a default stays null', () => {
    expect(coalesceValues(defaults, { image: { registry: null, extra: null }, scalar: null, fresh: null })).toEqual({
      image: { tag: '1.0', extra: null }, list: ['a', 'b'], nested: { deep: { x: 1, z: 2 } }, fresh: null,
    });
  });

  test('the user wins a map-over-scalar or scalar-over-map clash', () => {
    expect(coalesceValues(defaults, { scalar: { a: 1 }, nested: 7 })).toMatchObject({ scalar: { a: 1 }, nested: 7 });
  });

  test('never changes its inputs', () => {
    const user = { image: { tag: '2.0' }, list: null };
    const before = JSON.stringify([defaults, user]);
    coalesceValues(defaults, user);
    expect(JSON.stringify([defaults, user])).toBe(before);
  });

  test('a __proto__ key is merged as data', () => {
    const user = JSON.parse('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    const result = coalesceValues({ a: 1 }, user);
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
