import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { childPointer } from '../pointer/jsonPointer';
import { coalesceValues } from '../values/coalesceValues';
import { setAt } from '../values/setAt';
import { compileShippedChart } from '../chart/compileShippedChart';

/**
 * Helm checks every install against the chart's own values.schema.json, whatever the studio's curated schema
 * says about a value. For every value whose type the chart's schema states (a map's values included), a value
 * of another type must be an error in the studio wherever the chart's schema refuses it.
 */
function wrongValueFor(type: string): unknown {
  return type === 'string' ? 1 : type === 'object' || type === 'array' ? 'x' : 'not-a-number-or-flag';
}

function typedValues(node: JsonSchema, at = ''): { pointer: string; type: string }[] {
  const found: { pointer: string; type: string }[] = [];
  if (typeof node.type === 'string' && at !== '') found.push({ pointer: at, type: node.type });
  for (const [key, child] of Object.entries(node.properties ?? {})) found.push(...typedValues(child, childPointer(at, key)));
  const each = node.additionalProperties;
  if (each && typeof each === 'object') found.push(...typedValues(each, childPointer(at, 'example.com/key')));
  return found;
}

for (const chartVersion of ['1.28.0', '1.90.0']) {
  describe(`chart ${chartVersion}`, () => {
    test("a value of the wrong type where the chart's own schema names one is an error", async () => {
      const chartSchema = JSON.parse(readFileSync(`../shared/chart/${chartVersion}/values.schema.json`, 'utf8')) as JsonSchema;
      const helmSchemaCheck = new Ajv({ strict: false, allErrors: false }).compile(chartSchema);
      const chart = await compileShippedChart(chartVersion);
      const missed: string[] = [];
      let refused = 0;
      for (const { pointer, type } of typedValues(chartSchema)) {
        const user: Values = setAt({ join_token: 'x' }, pointer, wrongValueFor(type));
        if (helmSchemaCheck(coalesceValues(chart.defaults, user))) continue;
        refused++;
        const errors = chart.check(user).problems.filter((p) => p.severity === 'error');
        if (errors.length === 0) missed.push(`${pointer} = ${JSON.stringify(wrongValueFor(type))}`);
      }
      expect(missed).toEqual([]);
      expect(refused).toBeGreaterThan(20);
    });
  });
}
