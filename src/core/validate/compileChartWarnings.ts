import type { ValidateFunction } from 'ajv';
import type { SchemaCompiler } from './SchemaCompiler';
import type { ChartWarningRule, JsonSchema } from '../schema/JsonSchema';
import type { Values } from '../diagnostics/Diagnostic';

interface TrapProblem {
  pointer: string;
  message: string;
  source: 'trap';
}

/**
 * The install-time traps (`x-warnings`): values Helm renders but the install then trips over. Each rule's
 * `when` is compiled once with the chart's validators, so a rule is data in the schema rather than code here.
 */
export function compileChartWarnings(compiler: SchemaCompiler, root: JsonSchema): (values: Values) => TrapProblem[] {
  const rules: { rule: ChartWarningRule; matches: ValidateFunction }[] = (root['x-warnings'] ?? []).map((rule) => ({
    rule,
    matches: compiler.compile(rule.when),
  }));
  return (values) =>
    rules
      .filter(({ matches }) => matches(values) === true)
      .map(({ rule }) => ({ pointer: rule.pointer, message: rule.message, source: 'trap' as const }));
}
