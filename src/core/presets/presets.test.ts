import { beforeAll, describe, expect, test } from 'vitest';
import { loadChartSchema } from '../schema/chartCatalog';
import type { JsonSchema } from '../schema/JsonSchema';
import { isSecretPointer } from '../secrets/isSecretPointer';
import { findSecrets } from '../secrets/findSecrets';
import { compileChartValidator } from '../validate/compileChartValidator';
import type { ChartValidator } from '../validate/createChartValidator';
import { parseValues } from '../yaml/parseValues';
import { presets } from './presets';

let schema: JsonSchema;
let validator: ChartValidator;
beforeAll(async () => {
  schema = await loadChartSchema('1.28.0');
  validator = compileChartValidator(schema);
});

describe('presets', () => {
  test('the menu offers quick start on kind, production and air-gapped', () => {
    expect(presets.map((p) => p.id)).toEqual(['quick-start-kind', 'production', 'air-gapped']);
  });

  test.each(presets.map((p) => [p.title, p] as const))('%s: Helm accepts it once the join token is given at install', (_title, preset) => {
    const parsed = parseValues(preset.text);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.line}: ${i.message}`).join('\n'));
    expect(parsed.issues).toEqual([]);
    const { problems } = validator.check({ ...parsed.values, join_token: 'eyJhbGciOiJSUzI1NiJ9.cmVnaW9u.c2ln' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.filter((p) => p.source === 'unknown-key')).toEqual([]);
  });

  test.each(presets.map((p) => [p.title, p] as const))('%s: carries no token or other secret, and its comments say where the token comes from', (_title, preset) => {
    const parsed = parseValues(preset.text);
    if (!parsed.ok) throw new Error('does not parse');
    expect(Object.hasOwn(parsed.values, 'join_token')).toBe(false);
    expect(findSecrets(parsed.values, isSecretPointer(schema))).toEqual([]);
    expect(preset.text).toContain('--set join_token="${JOIN_TOKEN}"');
  });

  test('without the token, a preset shows exactly one error: the missing join token', () => {
    for (const preset of presets) {
      const parsed = parseValues(preset.text);
      if (!parsed.ok) throw new Error('does not parse');
      const errors = validator.check(parsed.values).problems.filter((p) => p.severity === 'error');
      expect(errors.map((e) => e.pointer)).toEqual(['/join_token']);
    }
  });
});
