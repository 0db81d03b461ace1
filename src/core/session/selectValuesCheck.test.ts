import { beforeAll, expect, test } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { createSession, sessionReducer } from './sessionReducer';
import { selectValuesCheck } from './selectValuesCheck';
import { shippedChartRef } from '../chart/ChartRef';

let older: Chart;
let newer: Chart;
beforeAll(async () => {
  [older, newer] = await Promise.all([compileShippedChart('1.28.0'), compileShippedChart('1.90.0')]);
});

test('every component asking about the same values gets the one check; a changed value gets a new one', () => {
  const session = createSession(shippedChartRef('1.90.0'), 'cleanup:\n  enabled: maybe\n');
  const check = selectValuesCheck(session, newer);
  expect(selectValuesCheck(session, newer)).toBe(check);
  expect(check.diagnostics.map((d) => d.pointer)).toContain('/cleanup/enabled');
  const fixed = sessionReducer(session, { type: 'valueSet', pointer: '/cleanup/enabled', value: false });
  expect(selectValuesCheck(fixed, newer)).not.toBe(check);
  expect(selectValuesCheck(fixed, newer).diagnostics.map((d) => d.pointer)).not.toContain('/cleanup/enabled');
});

test('each chart keeps its own check: asking another chart about the values does not replace it', () => {
  const session = createSession(shippedChartRef('1.90.0'), 'gateway:\n  replicas: 2\n');
  const byNewer = selectValuesCheck(session, newer);
  const byOlder = selectValuesCheck(session, older);
  expect(byOlder).not.toBe(byNewer);
  expect(selectValuesCheck(session, newer)).toBe(byNewer);
  expect(selectValuesCheck(session, older)).toBe(byOlder);
});
