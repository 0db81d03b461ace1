import { expect } from 'vitest';
import type { Chart } from '../core/chart/createChart';
import { findSecrets } from '../core/secrets/findSecrets';
import { isSecretPointer } from '../core/secrets/isSecretPointer';
import { checkValuesText } from '../core/validate/checkValuesText';
import { parseValues } from '../core/yaml/parseValues';
import type { Preset } from '../core/presets/Preset';

/**
 * What every preset promises on every chart it is offered for: a text that parses cleanly, that Helm and
 * the studio accept with the join token given at install, with no key the chart does not know, no secret,
 * and the header comments (where the token comes from) kept through the migration.
 */
export function expectPresetValidOn(preset: Preset, text: string, chart: Chart): void {
  const parsed = parseValues(text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.line}: ${i.message}`).join('\n'));
  expect(parsed.issues, preset.title).toEqual([]);
  const { diagnostics } = checkValuesText(text, chart, { joinToken: 'install' });
  expect(diagnostics.filter((d) => d.severity === 'error'), preset.title).toEqual([]);
  expect(diagnostics.filter((d) => d.source === 'unknown-key'), preset.title).toEqual([]);
  expect(Object.hasOwn(parsed.values, 'join_token')).toBe(false);
  expect(findSecrets(parsed.values, isSecretPointer(chart.schema))).toEqual([]);
  expect(text).toContain('--set join_token="${JOIN_TOKEN}"');
}
