import type { Severity, Values, DiagnosticSource } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { chartDefaults } from '../schema/chartDefaults';
import { coalesceValues } from '../values/coalesceValues';
import { getAt } from '../values/getAt';
import type { SchemaCompiler } from './SchemaCompiler';
import { describeAjvErrors } from './describeAjvErrors';
import { compileChartWarnings } from './compileChartWarnings';
import { findUnknownKeys } from './findUnknownKeys';

/** A problem found in the values, before it is tied to a line of the user's text. */
export interface ValuesProblem {
  pointer: string;
  severity: Severity;
  message: string;
  source: DiagnosticSource;
  suggestion?: string;
}

export interface ChartValidator {
  readonly schema: JsonSchema;
  /** The chart's validators, for the other parts that judge values by the schema (the form's conditions). */
  readonly compiler: SchemaCompiler;
  /** The chart's values.yaml, as the schema's defaults describe it. */
  readonly defaults: Values;
  /** Merge the user's values over the defaults, as Helm does. */
  coalesce(userValues: Values): Values;
  /**
   * The coalesced values, with every problem Helm would reject (errors) and every trap or ignored key
   * (warnings).
   */
  check(userValues: Values): { values: Values; problems: ValuesProblem[] };
}

/**
 * Compiles a chart schema once. Helm validates the coalesced values, so errors are judged there; unknown
 * keys are judged on the user's own values, since only what the user wrote can be a typo.
 */
export function createChartValidator(schema: JsonSchema, compiler: SchemaCompiler): ChartValidator {
  const validate = compiler.root;
  const warnings = compileChartWarnings(compiler, schema);
  const defaults = chartDefaults(schema);

  function coalesce(userValues: Values): Values {
    return coalesceValues(defaults, userValues);
  }

  function check(userValues: Values): { values: Values; problems: ValuesProblem[] } {
    const values = coalesce(userValues);
    const problems: ValuesProblem[] = [];
    if (validate(values) !== true) {
      for (const p of describeAjvErrors(validate.errors ?? [], (pointer) => getAt(values, pointer))) {
        problems.push({ ...p, severity: 'error' });
      }
    }
    for (const p of warnings(values)) problems.push({ ...p, severity: 'warning' });
    for (const p of findUnknownKeys(schema, userValues, defaults)) problems.push({ ...p, severity: 'warning' });
    return { values, problems };
  }

  return { schema, compiler, defaults, coalesce, check };
}
