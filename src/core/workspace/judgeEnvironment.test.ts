import { beforeAll, expect, test } from 'vitest';
import { loadChartSchema } from '../schema/chartCatalog';
import { compileChartValidator } from '../validate/compileChartValidator';
import type { ChartValidator } from '../validate/createChartValidator';
import { judgeEnvironment } from './judgeEnvironment';
import { readWorkspace } from './readWorkspace';

let validator: ChartValidator;
beforeAll(async () => {
  validator = compileChartValidator(await loadChartSchema('1.90.0'));
}, 60_000);

test('each environment is judged on its merged values: a problem in one overlay counts there only', () => {
  const read = readWorkspace({
    base: 'gateway:\n  tls:\n    enabled: false\n',
    overlays: [
      { name: 'dev', text: 'gateway:\n  tls:\n    enabled: 5\n' },
      { name: 'prod', text: 'gateway:\n  tls:\n    enabled: true\n' },
    ],
  });
  const [dev, prod] = read.environments.map((environment) => judgeEnvironment(environment, validator, 'install'));
  expect(dev?.errors).toBeGreaterThan(0);
  expect(dev?.problems.map((problem) => problem.pointer)).toContain('/gateway/tls/enabled');
  expect(prod?.problems.some((problem) => problem.pointer === '/gateway/tls/enabled' && problem.severity === 'error')).toBe(false);
});

test('a problem in the base counts in every environment that does not override it', () => {
  const read = readWorkspace({ base: 'gateway:\n  tls:\n    enabled: 5\n', overlays: [{ name: 'dev', text: '' }, { name: 'prod', text: 'gateway:\n  tls:\n    enabled: false\n' }] });
  const [dev, prod] = read.environments.map((environment) => judgeEnvironment(environment, validator, 'install'));
  expect(dev?.errors).toBe(1);
  expect(prod?.errors).toBe(0);
});

test("an overlay that does not parse is an error of its environment, not of the others'", () => {
  const read = readWorkspace({ base: '', overlays: [{ name: 'dev', text: 'a: [\n' }, { name: 'prod', text: '' }] });
  const [dev, prod] = read.environments.map((environment) => judgeEnvironment(environment, validator, 'install'));
  expect(dev?.errors).toBeGreaterThan(0);
  expect(prod?.errors).toBe(0);
});
