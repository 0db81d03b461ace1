import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import type { Values } from '../diagnostics/Diagnostic';
import { parsePointer } from '../pointer/jsonPointer';
import { getAt } from '../values/getAt';
import type { JsonSchema, RunTimeCheck } from '../schema/JsonSchema';
import type { SchemaProblem } from './describeAjvErrors';
import type { SchemaCompiler } from './SchemaCompiler';

/**
 * The schema's `x-run-time` entries: checks Helm renders through and the Kubernetes API accepts, so failing
 * one is a warning that says what goes wrong at run time instead of an error. Returns, for a schema
 * problem, the entry that covers it (the first in the schema's order), or undefined when it stays an error.
 */
export function compileRunTimeChecks(compiler: SchemaCompiler, root: JsonSchema): (problem: SchemaProblem, values: Values) => RunTimeCheck | undefined {
  const entries: { check: RunTimeCheck; prefixes: string[][] | undefined; applies: ValidateFunction | undefined }[] = (root['x-run-time'] ?? []).map((check) => ({
    check,
    prefixes: check.pointers?.map(parsePointer),
    applies: check.when === undefined ? undefined : compiler.compile(check.when),
  }));
  return (problem, values) => {
    const at = parsePointer(problem.pointer);
    return entries.find(
      ({ check, prefixes, applies }) =>
        // A chart rule (a root allOf entry) is a template's `fail` or `required`, and a template that does
        // not parse fails `tpl`: Helm refuses both, wherever they sit.
        problem.rule === undefined &&
        problem.keyword !== 'x-go-template' &&
        (prefixes === undefined || prefixes.some((prefix) => isUnder(at, prefix))) &&
        (check.keywords === undefined || check.keywords.includes(problem.keyword)) &&
        (check.format === undefined || check.format === problem.format) &&
        (check.unquoted !== true || readsAsScalarUnquoted(getAt(values, problem.pointer))) &&
        (applies === undefined || applies(values) === true),
    )?.check;
  };
}

/**
 * Whether a value the chart writes without quotes lands in the object as a number or boolean: a string that
 * spells one (YAML 1.1, as Helm reads the rendered manifest), or a number or boolean itself.
 */
function readsAsScalarUnquoted(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (typeof value !== 'string') return false;
  try {
    const read: unknown = parse(value, { version: '1.1' });
    return typeof read === 'number' || typeof read === 'boolean';
  } catch {
    return false;
  }
}

function isUnder(at: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= at.length && prefix.every((token, i) => token === '*' || token === at[i]);
}
