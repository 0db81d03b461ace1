import { describe, test, expect, beforeAll } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { checkValuesText } from './checkValuesText';
import { readmeExamples as examples, testEachRenderingReadmeExample } from '../../test-support/readmeExamples';

let chart: Chart;
beforeAll(async () => {
  chart = await compileShippedChart('1.28.0');
});

function errorsOf(example: string) {
  return checkValuesText('join_token: "from --set"\n' + example, chart).diagnostics.filter((d) => d.severity === 'error');
}

describe('the README examples, judged as Helm judges them', () => {
  testEachRenderingReadmeExample('%s renders', (example) => {
    expect(errorsOf(example)).toEqual([]);
  });

  test('the Secrets example fails on aws_secretmanager and suggests aws', () => {
    const [error, ...rest] = errorsOf(examples.secrets);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ pointer: '/global/secrets/provider', line: 4, suggestion: 'aws' });
  });

  test('the Network Policies example with trailing commas is a YAML error at its line', () => {
    const [error] = errorsOf(examples.networkPolicies);
    expect(error).toMatchObject({ source: 'yaml' });
    // Line 6 of the example (the token line comes first): the first item with a trailing comma ends there.
    expect(error?.line).toBeGreaterThanOrEqual(6);
    expect(error?.line).toBeLessThanOrEqual(7);
  });

  test('without the trailing commas the Network Policies example renders', () => {
    expect(errorsOf(examples.networkPolicies.replaceAll('",\n', '"\n'))).toEqual([]);
  });

  test('the tracing line fenced as YAML is not a values file', () => {
    const [error] = checkValuesText(examples.tracingCommand, chart).diagnostics;
    expect(error).toMatchObject({ severity: 'error', line: 1, pointer: '' });
    expect(error?.message).toMatch(/mapping/);
  });
});
