import { beforeAll } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { checkValuesText } from './checkValuesText';

/** A join token in the shape the chart accepts, for texts that are about something else. */
export const token = 'join_token: "eyJhbGciOiJFUzI1NiJ9.example"\n';

/**
 * For a rules suite: the chart version's chart, compiled once before the suite, and ways to ask
 * what it says of a values text.
 */
export function chartRulesFixture(chartVersion: string) {
  let chart: Chart;
  beforeAll(async () => {
    chart = await compileShippedChart(chartVersion);
  });
  const check = (text: string) => checkValuesText(text, chart).diagnostics;
  const errors = (text: string) => check(text).filter((d) => d.severity === 'error');
  return {
    check,
    errors,
    errorAt: (text: string, pointer: string) => errors(text).find((d) => d.pointer === pointer),
    warningAt: (text: string, pointer: string) => check(text).find((d) => d.severity === 'warning' && d.pointer === pointer),
  };
}
