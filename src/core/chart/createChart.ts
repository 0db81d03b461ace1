import type { Severity, Values, DiagnosticSource } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import type { ChartRef } from './ChartRef';
import { chartDefaults } from '../schema/chartDefaults';
import { coalesceValues } from '../values/coalesceValues';
import { getAt } from '../values/getAt';
import type { SchemaCompiler } from '../validate/SchemaCompiler';
import { describeAjvErrors } from '../validate/describeAjvErrors';
import { compileChartWarnings } from '../validate/compileChartWarnings';
import { compileRunTimeChecks } from '../validate/compileRunTimeChecks';
import { findUnknownKeys, type UnknownKeysMemo } from '../validate/findUnknownKeys';
import { MemoTable } from '../memo/Memo';

/** A problem found in the values, before it is tied to a line of the user's text. */
export interface ValuesProblem {
  pointer: string;
  severity: Severity;
  message: string;
  source: DiagnosticSource;
  suggestion?: string;
}

/** One chart the values are for: which it is, its schema and defaults, and how it judges values. */
export interface Chart {
  readonly ref: ChartRef;
  readonly schema: JsonSchema;
  /** The chart's validators, for the other parts that judge values by the schema (the form's conditions). */
  readonly compiler: SchemaCompiler;
  /** The chart's values.yaml, as the schema's defaults describe it. */
  readonly defaults: Values;
  /** Merge the user's values over the defaults, as Helm does. */
  coalesce(userValues: Values): Values;
  /**
   * The coalesced values, with every problem Helm or the Kubernetes API would refuse (errors) and every
   * check that only fails at run time, trap or ignored key (warnings).
   */
  check(userValues: Values): { values: Values; problems: ValuesProblem[] };
  /** What is derived from this chart and the session (the check of the current values, the form's runtime), kept with the chart. */
  readonly memos: MemoTable;
}

/**
 * Compiles a chart schema once. Helm validates the coalesced values, so errors are judged there; unknown
 * keys are judged on the user's own values, since only what the user wrote can be a typo.
 */
export function createChart(ref: ChartRef, schema: JsonSchema, compiler: SchemaCompiler): Chart {
  const validate = compiler.root;
  const warnings = compileChartWarnings(compiler, schema);
  const runTimeCheck = compileRunTimeChecks(compiler, schema);
  const defaults = chartDefaults(schema);
  // Judgements of the maps a keystroke left as they were, kept from the check before it.
  const unknownKeysMemo: UnknownKeysMemo = new WeakMap();
  const coalesced = new WeakMap<Values, { defaults: Values; values: Values }>();

  function coalesce(userValues: Values): Values {
    return coalesceValues(defaults, userValues, coalesced);
  }

  function check(userValues: Values): { values: Values; problems: ValuesProblem[] } {
    const values = coalesce(userValues);
    const problems: ValuesProblem[] = [];
    if (validate(values) !== true) {
      for (const { pointer, message, source, suggestion, ...problem } of describeAjvErrors(validate.errors ?? [], (at) => getAt(values, at))) {
        const runTime = runTimeCheck({ pointer, message, source, ...problem }, values);
        problems.push({
          pointer,
          source,
          ...(suggestion !== undefined && { suggestion }),
          severity: runTime ? 'warning' : 'error',
          message: runTime ? `${message}${/[.!?]$/.test(message) ? '' : '.'} ${runTime.message}` : message,
        });
      }
    }
    for (const p of warnings(values)) problems.push({ ...p, severity: 'warning' });
    for (const p of findUnknownKeys(schema, userValues, defaults, unknownKeysMemo)) problems.push({ ...p, severity: 'warning' });
    return { values, problems };
  }

  return { ref, schema, compiler, defaults, coalesce, check, memos: new MemoTable() };
}
