import type { JsonSchema } from '../schema/JsonSchema';
import { checkChartSchema } from '../chart-archive/checkChartSchema';
import { isValuesMap } from '../values/isValuesMap';

/**
 * The keywords of a dependency chart's schema the studio takes over: the draft-07 assertions Helm checks.
 * Left out: words, examples and defaults; keywords no draft knows (Helm's validator ignores them, the
 * studio's would refuse the schema); `format`, which the studio judges by its own formats; and `required`,
 * since the dependency's own values.yaml fills in what it requires and the studio's chart defaults hold only
 * the parent's values.
 */
const assertionKeywords = new Set([
  'type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength',
  'pattern', 'items', 'additionalItems', 'maxItems', 'minItems', 'uniqueItems', 'contains', 'maxProperties', 'minProperties',
  'properties', 'patternProperties', 'additionalProperties', 'dependencies', 'propertyNames', 'if', 'then', 'else', 'allOf',
  'anyOf', 'oneOf', 'not', '$ref',
]);

/** How deep a definition may refer to another before the schema counts as one the studio does not follow. */
const maxReferenceDepth = 16;

/**
 * What a dependency chart's own values.schema.json demands of the values under its key, as the rule Helm
 * applies: Helm checks a dependency's values against its schema only while the dependency is enabled (its
 * Chart.yaml `condition` is not `false`), so the constraints sit in the `else` of "switched off". The
 * condition is read relative to the dependency's key (`opentelemetry-deployment.enabled` → `enabled`); a
 * dependency without one is always checked (`if: {}`). Undefined when the schema is missing, unsafe, refers outside
 * itself, or the condition names a value elsewhere.
 */
export function dependencyRule(schemaText: string | undefined, key: string, condition: unknown): JsonSchema | undefined {
  if (schemaText === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(schemaText);
  } catch {
    return undefined;
  }
  if (!isValuesMap(json) || !checkChartSchema(json).ok) return undefined;
  const definitions = { ...(isValuesMap(json['definitions']) ? json['definitions'] : {}), ...(isValuesMap(json['$defs']) ? json['$defs'] : {}) };
  const constraints = inlined(json, definitions, 0);
  if (constraints === undefined) return undefined;
  const comment = `the ${key} chart's own values.schema.json, checked by Helm while it is enabled`;
  // Always a conditional, so nothing reads the constraints as keys the section itself lists.
  if (condition === undefined || condition === '') return { $comment: comment, if: {}, then: constraints };
  const switchPath = typeof condition === 'string' ? condition.split(',')[0]!.trim().split('.') : [];
  if (switchPath.length < 2 || switchPath[0] !== key) return undefined;
  return { $comment: comment, if: switchedOff(switchPath.slice(1)), else: constraints };
}

/** "The value at this path (below the dependency's key) is the boolean false." */
function switchedOff(path: readonly string[]): JsonSchema {
  const [first, ...rest] = path;
  if (first === undefined) return { const: false };
  return { type: 'object', required: [first], properties: { [first]: switchedOff(rest) } };
}

/** The schema with its local `$ref`s replaced by what they name and the dropped keywords left out; undefined if a reference leads elsewhere. */
function inlined(node: unknown, definitions: Record<string, unknown>, depth: number): JsonSchema | undefined {
  if (!isValuesMap(node)) return typeof node === 'boolean' ? (node as unknown as JsonSchema) : undefined;
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (!assertionKeywords.has(keyword)) continue;
    if (keyword === '$ref') {
      const name = typeof value === 'string' ? /^#\/(?:\$defs|definitions)\/([^/]+)$/.exec(value)?.[1] : undefined;
      if (name === undefined || !Object.hasOwn(definitions, name) || depth >= maxReferenceDepth) return undefined;
      const target = inlined(definitions[name], definitions, depth + 1);
      if (target === undefined) return undefined;
      (out.allOf ??= []).push(target);
      continue;
    }
    const converted = convertKeyword(keyword, value, definitions, depth);
    if (converted === failed) return undefined;
    out[keyword] = converted;
  }
  return out;
}

const failed = Symbol('failed');
const schemaMaps = new Set(['properties', 'patternProperties', 'dependencies']);
const schemaLists = new Set(['allOf', 'anyOf', 'oneOf']);
const schemaValued = new Set(['additionalProperties', 'items', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else']);

function convertKeyword(keyword: string, value: unknown, definitions: Record<string, unknown>, depth: number): unknown {
  if (schemaMaps.has(keyword) && isValuesMap(value)) {
    const map: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(value)) {
      // `dependencies` may also list property names; those stay as they are.
      const converted = Array.isArray(child) ? child : inlined(child, definitions, depth);
      if (converted === undefined) return failed;
      Object.defineProperty(map, name, { value: converted, enumerable: true, writable: true, configurable: true });
    }
    return map;
  }
  if (schemaLists.has(keyword) && Array.isArray(value)) {
    const list = value.map((child) => inlined(child, definitions, depth));
    return list.some((child) => child === undefined) ? failed : list;
  }
  if (schemaValued.has(keyword) && (isValuesMap(value) || typeof value === 'boolean')) {
    return inlined(value, definitions, depth) ?? failed;
  }
  if (keyword === 'items' && Array.isArray(value)) {
    const list = value.map((child) => inlined(child, definitions, depth));
    return list.some((child) => child === undefined) ? failed : list;
  }
  return structuredClone(value);
}
