import { beforeAll, expect, test } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { judgeEnvironment } from './judgeEnvironment';
import { readWorkspace } from './readWorkspace';

let chart: Chart;
beforeAll(async () => {
  chart = await compileShippedChart('1.90.0');
}, 60_000);

test('each environment is judged on its merged values: a problem in one overlay counts there only', () => {
  const read = readWorkspace({
    base: 'gateway:\n  tls:\n    enabled: false\n',
    overlays: [
      { name: 'dev', text: 'gateway:\n  tls:\n    enabled: 5\n' },
      { name: 'prod', text: 'gateway:\n  tls:\n    enabled: true\n' },
    ],
  });
  const [dev, prod] = read.environments.map((environment) => judgeEnvironment(environment, chart, 'install'));
  expect(dev?.errors).toBeGreaterThan(0);
  expect(dev?.problems.map((problem) => problem.pointer)).toContain('/gateway/tls/enabled');
  expect(prod?.problems.some((problem) => problem.pointer === '/gateway/tls/enabled' && problem.severity === 'error')).toBe(false);
});

test('a problem in the base counts in every environment that does not override it', () => {
  const read = readWorkspace({ base: 'gateway:\n  tls:\n    enabled: 5\n', overlays: [{ name: 'dev', text: '' }, { name: 'prod', text: 'gateway:\n  tls:\n    enabled: false\n' }] });
  const [dev, prod] = read.environments.map((environment) => judgeEnvironment(environment, chart, 'install'));
  expect(dev?.errors).toBe(1);
  expect(prod?.errors).toBe(0);
});

test("an overlay that does not parse is an error of its environment, not of the others'", () => {
  const read = readWorkspace({ base: '', overlays: [{ name: 'dev', text: 'a: [\n' }, { name: 'prod', text: '' }] });
  const [dev, prod] = read.environments.map((environment) => judgeEnvironment(environment, chart, 'install'));
  expect(dev?.errors).toBeGreaterThan(0);
  expect(prod?.errors).toBe(0);
});
