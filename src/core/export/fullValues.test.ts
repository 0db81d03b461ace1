import { beforeAll, describe, expect, test } from 'vitest';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { coalesceValues } from '../values/coalesceValues';
import { parseValues } from '../yaml/parseValues';
import { printValues } from '../yaml/printValues';
import { fullValues } from './fullValues';

let chart: Chart;
beforeAll(async () => {
  chart = await compileShippedChart('1.28.0');
});

function reread(text: string) {
  const parsed = parseValues(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed.values;
}

describe('the full export', () => {
  test('given to Helm, the printed file means exactly what the studio showed', () => {
    const user = reread(`gateway:
  tls:
    enabled: true
    existingSecret: catalyst-gateway-tls
global:
  image:
    registry: registry.corp.example.com/catalyst
    imagePullSecrets:
      - name: corp-registry
  secrets:
    provider: aws
    aws:
      region: eu-west-1
agent:
  podAnnotations:
    prometheus.io/scrape: "true"
cleanup:
  enabled: false
`);
    const printed = printValues(fullValues(chart.defaults, user));
    expect(coalesceValues(chart.defaults, reread(printed))).toEqual(chart.coalesce(user));
  });

  test('a default deleted with null stays deleted when the file is installed', () => {
    const user = reread('agent:\n  nodeSelector: null\n');
    const full = fullValues(chart.defaults, user);
    expect(full['agent']).toMatchObject({ nodeSelector: null });
    expect(coalesceValues(chart.defaults, reread(printValues(full)))).toEqual(chart.coalesce(user));
  });
});
