import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { ChartWarningRule, JsonSchema } from '../schema/JsonSchema';
import type { Values } from '../diagnostics/Diagnostic';

export interface TrapProblem {
  pointer: string;
  message: string;
  source: 'trap';
}

/**
 * The install-time traps (`x-warnings`): values Helm renders but the install then trips over. Each rule's
 * `when` is compiled once with the same ajv, so a rule is data in the schema rather than code here.
 */
export function compileChartWarnings(ajv: Ajv, root: JsonSchema): (values: Values) => TrapProblem[] {
  const rules: { rule: ChartWarningRule; matches: ValidateFunction }[] = (root['x-warnings'] ?? []).map((rule) => ({
    rule,
    // The rule schemas may $ref the chart's definitions.
    matches: ajv.compile({ ...rule.when, definitions: root.definitions }),
  }));
  return (values) =>
    rules
      .filter(({ matches }) => matches(values) === true)
      .map(({ rule }) => ({ pointer: rule.pointer, message: rule.message, source: 'trap' as const }));
}
