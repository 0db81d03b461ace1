import type { ErrorObject } from 'ajv';
import { chartFormats } from '../schema/formats';
import { closestMatch } from '../text/closestMatch';
import { childPointer } from '../pointer/jsonPointer';

/** A schema problem before it has a position: where, what, and a fix when one is known. */
export interface SchemaProblem {
  pointer: string;
  message: string;
  suggestion?: string;
  source: 'schema' | 'rule';
  /** The schema keyword that failed (`type`, `format`, …), also when the schema words the message itself. */
  keyword: string;
  /** The format that failed, for a `format` problem. */
  format?: string;
  /** The root `allOf` entry (a chart rule) the problem belongs to, as `#/allOf/<n>`. */
  rule?: string;
}

/**
 * The one place where ajv's raw errors become the studio's problems.
 * - `if` errors only say "must match then": the `then` errors beside them say what is wrong.
 * - Branch errors of an anyOf/oneOf are noise once the combinator itself has failed; keep the combinator's.
 * - `required` points at the missing key, not at its parent, so the form can show it at the field.
 */
export function describeAjvErrors(errors: readonly ErrorObject[], valueAt: (pointer: string) => unknown): SchemaProblem[] {
  const combinatorPaths = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((e) => e.schemaPath + '/');
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (combinatorPaths.some((path) => error.schemaPath.startsWith(path))) continue;
    const rule = ruleOf(error.schemaPath);
    for (const described of describeOne(error, valueAt)) {
      const key = described.pointer + '\u0000' + described.message;
      if (seen.has(key)) continue;
      seen.add(key);
      // A node's own words (`errorMessage`) replace the message, not what failed: keep the keyword beneath.
      const failed = error.keyword === 'errorMessage' ? ((error.params as { errors?: ErrorObject[] }).errors?.[0] ?? error) : error;
      const format = failed.keyword === 'format' ? String((failed.params as { format?: unknown }).format) : undefined;
      const problem: SchemaProblem = { ...described, keyword: failed.keyword, ...(format !== undefined && { format }), ...(rule !== undefined && { rule }) };
      found.push({ problem, rule });
    }
  }
  // Indexed, not pairwise: a file with thousands of problems is described in linear time.
  const coveredByRule = new Map<string, Set<string>>();
  const atPointer = new Map<string, Found[]>();
  for (const entry of found) {
    const { pointer } = entry.problem;
    const same = atPointer.get(pointer);
    if (same) same.push(entry);
    else atPointer.set(pointer, [entry]);
    if (entry.rule === undefined || pointer === '') continue;
    const ancestors = coveredByRule.get(entry.rule) ?? new Set<string>();
    coveredByRule.set(entry.rule, ancestors);
    for (let cut = pointer.lastIndexOf('/'); cut >= 0; cut = pointer.lastIndexOf('/', cut - 1)) {
      ancestors.add(pointer.slice(0, cut));
      if (cut === 0) break;
    }
  }
  return found.filter((entry) => !isRedundant(entry, coveredByRule, atPointer)).map(({ problem }) => problem);
}

interface Found {
  problem: SchemaProblem;
  rule: string | undefined;
}

/** The chart rules sit in the root allOf, one entry each: `#/allOf/3/then/...` belongs to rule `#/allOf/3`. */
function ruleOf(schemaPath: string): string | undefined {
  return /^#\/allOf\/\d+/.exec(schemaPath)?.[0];
}

/**
 * One mistake, one message. A rule's summary at a parent is dropped when the same rule also names a value
 * beneath it; and at one value, the message that explains best wins: words written for the mistake
 * (`errorMessage`) beat a generic schema message, and a rule's beat a node's. Ties stay, so two
 * explanations can never cancel each other out.
 */
function isRedundant({ problem, rule }: Found, coveredByRule: ReadonlyMap<string, ReadonlySet<string>>, atPointer: ReadonlyMap<string, readonly Found[]>): boolean {
  if (rule !== undefined && coveredByRule.get(rule)?.has(problem.pointer)) return true;
  const rank = (p: SchemaProblem, r: string | undefined) => (p.source === 'rule' ? 2 : 0) + (r !== undefined ? 1 : 0);
  return (atPointer.get(problem.pointer) ?? []).some(({ problem: other, rule: otherRule }) => other !== problem && rank(other, otherRule) > rank(problem, rule));
}

function describeOne(error: ErrorObject, valueAt: (pointer: string) => unknown): Omit<SchemaProblem, 'keyword' | 'format' | 'rule'>[] {
  const pointer = error.instancePath;
  if (error.keyword === 'errorMessage') {
    // ajv-errors: the rule's own words. For a `required` message, point at the missing key; for an
    // `additionalProperties` one, at the key that is not allowed.
    const inner = (error.params as { errors?: ErrorObject[] }).errors ?? [];
    const missing = inner.find((e) => e.keyword === 'required')?.params as { missingProperty?: string } | undefined;
    const extra = inner.find((e) => e.keyword === 'additionalProperties')?.params as { additionalProperty?: string } | undefined;
    const key = missing?.missingProperty ?? extra?.additionalProperty;
    const at = key ? childPointer(pointer, key) : pointer;
    const allowed = inner.find((e) => e.keyword === 'enum')?.params as { allowedValues?: unknown[] } | undefined;
    const value = valueAt(at);
    const suggestion =
      allowed?.allowedValues && typeof value === 'string'
        ? closestMatch(value, allowed.allowedValues.filter((v): v is string => typeof v === 'string' && v !== ''))
        : undefined;
    return [{ pointer: at, message: error.message ?? 'is not accepted by the chart', source: 'rule', ...(suggestion !== undefined && { suggestion }) }];
  }
  if (error.keyword === 'x-go-template') {
    return [{ pointer, message: error.message ?? 'holds a template the chart cannot render', source: 'rule' }];
  }
  const params = error.params as Record<string, unknown>;
  const value = valueAt(pointer);
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      return [{ pointer: childPointer(pointer, key), message: `${key} is required`, source: 'schema' }];
    }
    case 'type':
      return [{ pointer, message: `must be ${article(String(params.type))} (found ${describeValue(value)})`, source: 'schema' }];
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const shown = allowed.map((v) => (v === '' ? '"" (empty)' : String(v))).join(', ');
      const suggestion =
        typeof value === 'string'
          ? closestMatch(value, allowed.filter((v): v is string => typeof v === 'string' && v !== ''))
          : undefined;
      const hint = suggestion !== undefined ? ` Did you mean "${suggestion}"?` : '';
      return [{ pointer, message: `must be one of ${shown}; found ${describeValue(value)}.${hint}`, suggestion, source: 'schema' }];
    }
    case 'format': {
      const format = chartFormats[String(params.format)];
      // A multi-line example (a PEM block) would break a one-line message; the hint alone says enough.
      const expected = !format ? `a valid ${String(params.format)}` : format.example.includes('\n') || format.hint.includes(format.example) ? format.hint : `${format.hint} (e.g. ${format.example})`;
      return [{ pointer, message: `must be ${expected}; found ${describeValue(value)}`, source: 'schema' }];
    }
    case 'minLength':
      return [{ pointer, message: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters`, source: 'schema' }];
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return [{ pointer, message: `must be ${String(params.comparison)} ${String(params.limit)} (found ${describeValue(value)})`, source: 'schema' }];
    case 'pattern':
      return [{ pointer, message: `does not have the expected form (${String(params.pattern)}); found ${describeValue(value)}`, source: 'schema' }];
    case 'anyOf':
    case 'oneOf':
      return [{ pointer, message: `is not one of the accepted shapes (found ${describeValue(value)})`, source: 'schema' }];
    default:
      return [{ pointer, message: error.message ?? 'is not accepted by the chart schema', source: 'schema' }];
  }
}

function article(type: string): string {
  const names = type.split(',').map((t) => (t === 'object' ? 'mapping' : t === 'array' ? 'list' : t));
  const first = names[0] ?? type;
  const joined = names.join(' or ');
  return /^[aeiou]/.test(first) ? `an ${joined}` : `a ${joined}`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}…"` : JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}
