import { expect, test } from 'vitest';
import { Memo, MemoKey, MemoTable } from './Memo';

test('derives again only when an input is no longer the same object', () => {
  const memo = new Memo<number>();
  let derived = 0;
  const sum = (values: number[]) => memo.get([values], () => (derived++, values.reduce((a, b) => a + b, 0)));
  const values = [1, 2];
  expect(sum(values)).toBe(3);
  expect(sum(values)).toBe(3);
  expect(derived).toBe(1);
  // Equal contents in a new list is a change: the inputs are replaced, never edited in place.
  expect(sum([1, 2])).toBe(3);
  expect(derived).toBe(2);
});

test('a change in any one of several inputs derives again, and so does a different number of inputs', () => {
  const memo = new Memo<string>();
  let derived = 0;
  const a = {};
  const b = {};
  memo.get([a, b], () => `${++derived}`);
  expect(memo.get([a, b], () => `${++derived}`)).toBe('1');
  expect(memo.get([a, {}], () => `${++derived}`)).toBe('2');
  expect(memo.get([a], () => `${++derived}`)).toBe('3');
});

test('hands the last value to the next derivation, so it can reuse the parts that did not change', () => {
  const memo = new Memo<{ serial: number }>();
  memo.get([1], (previous) => ({ serial: (previous?.serial ?? 0) + 1 }));
  expect(memo.get([2], (previous) => ({ serial: (previous?.serial ?? 0) + 1 }))).toEqual({ serial: 2 });
});

test('with keepIfEqual, a new value equal to the last gives back the last object', () => {
  const memo = new Memo<{ at: string }>((previous, next) => previous.at === next.at);
  const first = memo.get([1], () => ({ at: '/a' }));
  expect(memo.get([2], () => ({ at: '/a' }))).toBe(first);
  const changed = memo.get([3], () => ({ at: '/b' }));
  expect(changed).toEqual({ at: '/b' });
  expect(changed).not.toBe(first);
});

test('a table keeps one memo per key, and each table its own', () => {
  const key = new MemoKey<number>('a number');
  const other = new MemoKey<number>('another number');
  const chartA = new MemoTable();
  const chartB = new MemoTable();
  expect(chartA.of(key)).toBe(chartA.of(key));
  expect(chartA.of(key)).not.toBe(chartA.of(other));
  chartA.of(key).get([1], () => 10);
  expect(chartB.of(key).get([1], () => 20)).toBe(20);
  expect(chartA.of(key).get([1], () => 30)).toBe(10);
});
