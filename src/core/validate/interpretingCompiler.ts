import { Validator, format as interpretedFormats, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonSchema } from '../schema/JsonSchema';
import { chartFormatDefinitions } from '../schema/formats';
import { subschemaKey, withChartDefinitions, type SchemaCompiler } from './SchemaCompiler';
import { matchesChartPattern, withChartPatterns } from './chartPattern';
import { setSchemaPatternMatcher } from '../schema/schemaPatterns';
import { unescapeSegment } from '@/core/pointer/jsonPointer';

/**
 * Validators for a chart the user brings, in the browser. The shipped charts' validators are generated at
 * build time, but a brought schema arrives at run time, and ajv compiles to code the page's
 * Content-Security-Policy (no eval) refuses to run. @cfworker/json-schema interprets the schema instead;
 * its output is reshaped into ajv's errors so describeAjvErrors stays the one place errors are worded.
 * Not covered: ajv-errors' `errorMessage` and the studio's `x-go-template` check (a brought chart's own
 * schema knows neither); unknown formats are accepted, as Helm does. Patterns run on RE2, as in Helm, in
 * linear time (chartPattern); the schema is expected to have passed checkChartSchema.
 */
export function interpretingCompiler(root: JsonSchema): SchemaCompiler {
  useChartFormats();
  setSchemaPatternMatcher(matchesChartPattern);
  const cache = new Map<string, ValidateFunction>();
  return {
    root: interpret(root),
    compile(schema) {
      const key = subschemaKey(schema);
      let validate = cache.get(key);
      if (!validate) {
        validate = interpret(withChartDefinitions(root, schema));
        cache.set(key, validate);
      }
      return validate;
    },
  };
}

/**
 * The interpreter keeps one table of formats for the page. The chart formats replace its entries of the
 * same name, so "" (unset to Helm) and template strings pass as they do under ajv.
 */
let chartFormatsInUse = false;
function useChartFormats(): void {
  if (chartFormatsInUse) return;
  chartFormatsInUse = true;
  for (const [name, definition] of Object.entries(chartFormatDefinitions())) {
    const check = definition.validate;
    if (typeof check === 'function') interpretedFormats[name] = (value: string) => check(value) === true;
    else {
      const pattern = new RegExp(check);
      interpretedFormats[name] = (value: string) => pattern.test(value);
    }
  }
}

/**
 * Units that only say "something under me failed": ajv reports just the failure underneath, so these
 * would double every message.
 */
const wrapperKeywords = new Set(['properties', 'patternProperties', 'items', 'additionalItems', 'prefixItems', '$ref', '$recursiveRef', 'allOf', 'dependentSchemas', 'unevaluatedProperties', 'unevaluatedItems', 'contains']);

function interpret(schema: JsonSchema): ValidateFunction {
  // Draft 7, as Helm validates; shortCircuit off so every error is reported, as ajv's allErrors does.
  const validator = new Validator(schema as Schema, '7', false);
  const validate = (data: unknown): boolean => {
    let result;
    try {
      result = withChartPatterns(() => validator.validate(data));
    } catch (error) {
      // A schema someone else wrote may still trip the interpreter (a stack overflow, an unresolved reference):
      // that is one error on the whole file, never an exception on the user's keystroke.
      validate.errors = [{ keyword: 'schema', instancePath: '', schemaPath: '#', params: {}, message: `could not be judged by the chart's schema (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` }];
      return false;
    }
    const errors = result.valid ? null : result.errors.filter((unit) => !wrapperKeywords.has(unit.keyword)).map((unit) => toErrorObject(unit, schema));
    validate.errors = errors;
    return result.valid;
  };
  validate.errors = null as ErrorObject[] | null;
  validate.schema = schema;
  return validate as unknown as ValidateFunction;
}

function toErrorObject(unit: OutputUnit, root: JsonSchema): ErrorObject {
  const keywordValue = keywordAt(root, unit.keywordLocation);
  return {
    keyword: unit.keyword,
    instancePath: toPointer(unit.instanceLocation),
    schemaPath: unit.keywordLocation,
    params: paramsOf(unit, keywordValue),
    message: unit.error,
  };
}

/** cfworker writes `#/a%20b/c~1d` (URI-encoded JSON Pointer); ajv writes `/a b/c~1d`. */
function toPointer(location: string): string {
  const pointer = location.startsWith('#') ? location.slice(1) : location;
  try {
    return decodeURI(pointer).replace(/%23/g, '#');
  } catch {
    return pointer;
  }
}

/** The parameters describeAjvErrors reads, as ajv would give them, from the keyword's own value. */
function paramsOf(unit: OutputUnit, value: unknown): Record<string, unknown> {
  switch (unit.keyword) {
    case 'required':
      return { missingProperty: /"((?:[^"\\]|\\.)*)"/.exec(unit.error)?.[1] ?? '' };
    case 'type':
      return { type: Array.isArray(value) ? value.join(',') : String(value) };
    case 'enum':
      return { allowedValues: Array.isArray(value) ? value : [] };
    case 'const':
      return { allowedValue: value };
    case 'minimum':
      return { comparison: '>=', limit: value };
    case 'maximum':
      return { comparison: '<=', limit: value };
    case 'exclusiveMinimum':
      return { comparison: '>', limit: value };
    case 'exclusiveMaximum':
      return { comparison: '<', limit: value };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
    case 'multipleOf':
      return { limit: value };
    case 'pattern':
      return { pattern: value };
    case 'format':
      return { format: value };
    case 'additionalProperties':
      return { additionalProperty: /"((?:[^"\\]|\\.)*)"/.exec(unit.error)?.[1] ?? '' };
    default:
      return {};
  }
}

/**
 * The value of the keyword a unit names. Its location runs through `$ref`s as written (`#/properties/a/$ref/type`),
 * so each `$ref` segment is followed to the definition it points at.
 */
function keywordAt(root: JsonSchema, location: string): unknown {
  const segments = location.replace(/^#\/?/, '').split('/').filter((s) => s !== '').map(decodeSegment);
  let node: unknown = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    const record = node as Record<string, unknown>;
    if (segment === '$ref' && typeof record.$ref === 'string') {
      node = resolveLocalRef(root, record.$ref);
      continue;
    }
    node = Object.hasOwn(record, segment) ? record[segment] : undefined;
  }
  return node;
}

function resolveLocalRef(root: JsonSchema, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(1).split('/').filter((s) => s !== '').map(decodeSegment)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function decodeSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Not URI-encoded: use it as written.
  }
  return unescapeSegment(decoded);
}
