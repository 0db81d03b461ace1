import { beforeAll, describe, expect, test } from 'vitest';
import { loadChartSchema } from '../schema/chartCatalog';
import { compileChartValidator } from '../validate/compileChartValidator';
import type { ChartValidator } from '../validate/createChartValidator';
import { coalesceValues } from '../values/coalesceValues';
import { parseValues } from '../yaml/parseValues';
import { printValues } from '../yaml/printValues';
import { fullValues } from './fullValues';

let validator: ChartValidator;
beforeAll(async () => {
  validator = compileChartValidator(await loadChartSchema('1.28.0'));
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
    const printed = printValues(fullValues(validator.defaults, user));
    expect(coalesceValues(validator.defaults, reread(printed))).toEqual(validator.coalesce(user));
  });

  test('a default deleted with null stays deleted when the file is installed', () => {
    const user = reread('agent:\n  nodeSelector: null\n');
    const full = fullValues(validator.defaults, user);
    expect(full['agent']).toMatchObject({ nodeSelector: null });
    expect(coalesceValues(validator.defaults, reread(printValues(full)))).toEqual(validator.coalesce(user));
  });
});
