import { describe, expect, test } from 'vitest';
import { getAt } from './getAt';
import { setAt } from './setAt';
import { unsetAt } from './unsetAt';

describe('getAt / setAt / unsetAt', () => {
  const values = { a: { b: [1, { c: 2 }] }, 'x/y': { 'm~n': 3 }, other: { untouched: true } };

  test('reads by JSON Pointer, including escaped keys and list indexes', () => {
    expect(getAt(values, '/a/b/1/c')).toBe(2);
    expect(getAt(values, '/x~1y/m~0n')).toBe(3);
    expect(getAt(values, '/a/nope/c')).toBeUndefined();
    expect(getAt(values, '/constructor')).toBeUndefined();
    expect(getAt(values, '')).toBe(values);
  });

  test('setAt returns a new tree, shares untouched branches and creates missing maps', () => {
    const next = setAt(values, '/a/b/1/c', 5);
    expect(getAt(next, '/a/b/1/c')).toBe(5);
    expect(getAt(values, '/a/b/1/c')).toBe(2);
    expect(next.other).toBe(values.other);
    expect(setAt({}, '/p/q/r', 'v')).toEqual({ p: { q: { r: 'v' } } });
    expect(setAt({ p: 'scalar' }, '/p/q', 1)).toEqual({ p: { q: 1 } });
    expect(getAt(setAt(values, '/a/b/-', 9), '/a/b/2')).toBe(9);
  });

  test('unsetAt removes keys and list items without touching the input', () => {
    expect(unsetAt(values, '/a/b/0')).toMatchObject({ a: { b: [{ c: 2 }] } });
    expect(unsetAt(values, '/x~1y/m~0n')['x/y']).toEqual({});
    expect(unsetAt(values, '/missing/key')).toBe(values);
    expect(values.a.b).toHaveLength(2);
  });

  test('a __proto__ segment makes an own property and never touches Object.prototype', () => {
    const next = setAt({}, '/__proto__/polluted', 1);
    expect(Object.hasOwn(next, '__proto__')).toBe(true);
    expect(getAt(next, '/__proto__/polluted')).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const removed = unsetAt(next, '/__proto__/polluted');
    expect(Object.hasOwn(removed, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
