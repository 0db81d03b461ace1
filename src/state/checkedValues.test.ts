import { beforeAll, expect, test } from 'vitest';
import { compileShippedChart } from '@/core/chart/compileShippedChart';
import type { Chart } from '@/core/chart/createChart';
import { createSession, sessionReducer } from '@/core/session/sessionReducer';
import { shippedChartRef } from '@/core/chart/ChartRef';
import { CheckedValues } from './checkedValues';
import { createStore } from './createStore';

let chart: Chart;
beforeAll(async () => {
  chart = await compileShippedChart('1.28.0');
});

/** Work put off until the test says the frame has painted. */
function manualLater() {
  const waiting: (() => void)[] = [];
  const later = (task: () => void) => {
    waiting.push(task);
    return () => waiting.splice(waiting.indexOf(task), 1);
  };
  const paint = () => {
    for (const task of waiting.splice(0)) task();
  };
  return { later, paint, waiting };
}

const errorsAt = (checked: CheckedValues, pointer: string) =>
  checked.getSnapshot().check.diagnostics.filter((d) => d.severity === 'error' && d.pointer === pointer);

test('a bad value is judged after the keystroke has painted, and its fix takes the error away again', () => {
  const store = createStore(sessionReducer, createSession(shippedChartRef('1.28.0'), 'join_token: abc\n'));
  const { later, paint } = manualLater();
  const checked = new CheckedValues(store, chart, later);
  let told = 0;
  checked.subscribe(() => (told += 1));
  expect(errorsAt(checked, '/join_token')).toEqual([]);

  store.dispatch({ type: 'valueSet', pointer: '/join_token', value: 12345 });
  // The keystroke's own frame: nothing judged yet, so the keystroke does not wait for it.
  expect(errorsAt(checked, '/join_token')).toEqual([]);
  paint();
  expect(errorsAt(checked, '/join_token')).toHaveLength(1);
  expect(checked.getSnapshot().text).toBe(store.getState().text);

  store.dispatch({ type: 'valueSet', pointer: '/join_token', value: 'abc' });
  paint();
  expect(errorsAt(checked, '/join_token')).toEqual([]);
  expect(told).toBe(2);
});

test('a burst of keystrokes is judged once, on the latest values', () => {
  const store = createStore(sessionReducer, createSession(shippedChartRef('1.28.0'), 'join_token: abc\n'));
  const { later, paint, waiting } = manualLater();
  const checked = new CheckedValues(store, chart, later);
  const texts: string[] = [];
  checked.subscribe(() => texts.push(checked.getSnapshot().text));
  for (const value of [1, 12, 'abc']) store.dispatch({ type: 'valueSet', pointer: '/join_token', value });
  expect(waiting).toHaveLength(1);
  paint();
  expect(texts).toEqual([store.getState().text]);
  expect(errorsAt(checked, '/join_token')).toEqual([]);
});

test('read with nobody listening, the judgement is of the session as it is now', () => {
  const store = createStore(sessionReducer, createSession(shippedChartRef('1.28.0'), ''));
  const checked = new CheckedValues(store, chart, manualLater().later);
  store.dispatch({ type: 'textEdited', text: 'join_token: 12345\n' });
  expect(errorsAt(checked, '/join_token')).toHaveLength(1);
});
