import { compileChartPattern } from '../validate/chartPattern';
import { childPointer, unescapeSegment } from '@/core/pointer/jsonPointer';

/**
 * What a brought chart's values.schema.json may be for the studio to judge values by it in time. A schema
 * someone else wrote can be made to never finish (a `$ref` loop), to overflow the stack (nesting thousands
 * deep), to take exponential time (references that fan out), or to reach the network (a remote `$ref`).
 * Each is found here, before the schema is used, by walks that are themselves iterative and bounded.
 */
const chartSchemaLimits = {
  /** JSON levels; the Catalyst chart's schema nests about 20. */
  depth: 128,
  /** Times one value can be judged by one schema through allOf/anyOf/oneOf/not/if and `$ref`s. */
  checksPerValue: 10_000,
} as const;

type ChartSchemaCheck = { ok: true } | { ok: false; error: string };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keywords whose value is one subschema applied to a part of the value (a property, an item, a key). */
const deeperSchemaKeywords = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties'] as const;
/** Keywords whose value is a map of subschemas applied to parts of the value. */
const deeperSchemaMaps = ['properties', 'patternProperties'] as const;
/** Keywords that judge the same value again with other subschemas. */
const sameValueKeywords = ['not', 'if', 'then', 'else'] as const;
const sameValueLists = ['allOf', 'anyOf', 'oneOf'] as const;
const sameValueMaps = ['dependentSchemas', 'dependencies'] as const;
/** Where subschemas are kept only to be referred to. */
const definitionMaps = ['definitions', '$defs'] as const;

interface SchemaNode {
  pointer: string;
  schema: Json;
  /** Subschemas that judge the same value: `$ref` targets included. */
  sameValue: Json[];
}

export function checkChartSchema(root: unknown): ChartSchemaCheck {
  const depth = checkDepth(root);
  if (!depth.ok) return depth;
  if (!isObject(root)) return { ok: true };
  const nodes = new Map<Json, SchemaNode>();
  const queue: [Json, string][] = [[root, '#']];
  const at = childPointer;
  while (queue.length > 0) {
    const [schema, pointer] = queue.pop()!;
    if (nodes.has(schema)) continue;
    const node: SchemaNode = { pointer, schema, sameValue: [] };
    nodes.set(schema, node);
    const visit = (child: unknown, childPointer: string, sameValue: boolean) => {
      if (!isObject(child)) return;
      if (sameValue) node.sameValue.push(child);
      queue.push([child, childPointer]);
    };

    if (pointer !== '#' && (typeof schema.$id === 'string' || typeof schema.id === 'string')) {
      return { ok: false, error: `The chart's values.schema.json gives a part of itself its own address ($id at ${pointer}); the studio reads schemas that have one address, at the top.` };
    }
    if (typeof schema.$ref === 'string') {
      const target = resolveLocalRef(root, schema.$ref);
      if (!target.ok) return { ok: false, error: `The chart's values.schema.json ${target.error} (at ${pointer}/$ref).` };
      visit(target.schema, schema.$ref, true);
    }
    // Draft 2019's recursive reference judges the same value again from the top.
    if (typeof schema.$recursiveRef === 'string') visit(root, '#', true);
    if (typeof schema.pattern === 'string') {
      const pattern = checkPattern(schema.pattern, `${pointer}/pattern`);
      if (!pattern.ok) return pattern;
    }
    for (const keyword of deeperSchemaKeywords) visit(schema[keyword], at(pointer, keyword), false);
    for (const keyword of deeperSchemaMaps) {
      const map = schema[keyword];
      if (!isObject(map)) continue;
      for (const [key, child] of Object.entries(map)) {
        if (keyword === 'patternProperties') {
          const pattern = checkPattern(key, at(at(pointer, keyword), key));
          if (!pattern.ok) return pattern;
        }
        visit(child, at(at(pointer, keyword), key), false);
      }
    }
    const items = schema.items;
    if (Array.isArray(items)) items.forEach((child, index) => visit(child, at(at(pointer, 'items'), index), false));
    else visit(items, at(pointer, 'items'), false);
    for (const keyword of sameValueKeywords) visit(schema[keyword], at(pointer, keyword), true);
    for (const keyword of sameValueLists) {
      const list = schema[keyword];
      if (Array.isArray(list)) list.forEach((child, index) => visit(child, at(at(pointer, keyword), index), true));
    }
    for (const keyword of sameValueMaps) {
      const map = schema[keyword];
      if (isObject(map)) for (const [key, child] of Object.entries(map)) visit(child, at(at(pointer, keyword), key), true);
    }
    for (const keyword of definitionMaps) {
      const map = schema[keyword];
      if (isObject(map)) for (const [key, child] of Object.entries(map)) visit(child, at(at(pointer, keyword), key), false);
    }
  }
  return checkSameValueGraph(nodes);
}

/** Iterative, so a schema nested ten thousand deep is measured, not overflowed on. */
function checkDepth(root: unknown): ChartSchemaCheck {
  const stack: [unknown, number][] = [[root, 1]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [value, depth] = entry;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > chartSchemaLimits.depth) {
      return { ok: false, error: `The chart's values.schema.json nests more than ${chartSchemaLimits.depth} levels deep; the studio reads schemas nested up to ${chartSchemaLimits.depth} (a chart's is usually under 25).` };
    }
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return { ok: true };
}

function checkPattern(pattern: string, pointer: string): ChartSchemaCheck {
  const compiled = compileChartPattern(pattern);
  if (compiled.ok) return { ok: true };
  return {
    ok: false,
    error: `The chart's values.schema.json has a pattern that is not a regular expression in the syntax Helm uses (Go's RE2) at ${pointer}: ${JSON.stringify(pattern.slice(0, 120))} (${compiled.error}).`,
  };
}

function resolveLocalRef(root: Json, ref: string): { ok: true; schema: unknown } | { ok: false; error: string } {
  const shown = JSON.stringify(ref.length > 120 ? `${ref.slice(0, 120)}…` : ref);
  if (!ref.startsWith('#')) {
    return { ok: false, error: `refers to ${shown}, outside itself; the studio never fetches anything, so it cannot check values against it` };
  }
  if (ref !== '#' && !ref.startsWith('#/')) return { ok: false, error: `refers to ${shown}, a name the studio does not look up; use a JSON Pointer such as "#/definitions/name"` };
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    if (ref === '#') break;
    let segment = raw;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      // Not percent-encoded: taken as written.
    }
    segment = unescapeSegment(segment);
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return { ok: false, error: `refers to ${shown}, which it does not have` };
  }
  if (!isObject(node) && typeof node !== 'boolean') return { ok: false, error: `refers to ${shown}, which is not a schema` };
  return { ok: true, schema: node };
}

/**
 * Loops through keywords that judge the same value never end (nothing moves on to a smaller part of it);
 * without a loop, the number of times one value is judged can still double at every step.
 */
function checkSameValueGraph(nodes: Map<Json, SchemaNode>): ChartSchemaCheck {
  const state = new Map<Json, 'open' | 'done'>();
  const checks = new Map<Json, number>();
  for (const start of nodes.values()) {
    if (state.has(start.schema)) continue;
    // Depth-first with an explicit stack; `path` holds the open nodes, to name the loop when one closes.
    const stack: { node: SchemaNode; next: number }[] = [{ node: start, next: 0 }];
    state.set(start.schema, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.node.sameValue[top.next];
      if (child !== undefined) {
        top.next += 1;
        const childNode = nodes.get(child);
        if (!childNode) continue;
        const seen = state.get(child);
        if (seen === 'open') {
          const from = stack.findIndex((entry) => entry.node.schema === child);
          const loop = [...stack.slice(from).map((entry) => entry.node.pointer), childNode.pointer].join(' → ');
          return {
            ok: false,
            error: `The chart's values.schema.json refers to itself in a loop (${loop}) without moving on to a part of the value, so checking any value against it never ends.`,
          };
        }
        if (seen === undefined) {
          state.set(child, 'open');
          stack.push({ node: childNode, next: 0 });
        }
        continue;
      }
      stack.pop();
      state.set(top.node.schema, 'done');
      let total = 1;
      for (const next of top.node.sameValue) total += checks.get(next) ?? 0;
      checks.set(top.node.schema, total);
      if (total > chartSchemaLimits.checksPerValue) {
        return {
          ok: false,
          error: `The chart's values.schema.json makes the studio judge one value more than ${chartSchemaLimits.checksPerValue.toLocaleString('en')} times (its references fan out at ${top.node.pointer}); the studio reads schemas that stay under that.`,
        };
      }
    }
  }
  return { ok: true };
}
