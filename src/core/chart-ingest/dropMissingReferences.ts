import type { JsonSchema } from '../schema/JsonSchema';
import { parsePointer } from '../pointer/jsonPointer';

/**
 * Curated rules are written about values; a chart version without one of those values cannot be judged by
 * the rule (an `if` about a value that is not there matches vacuously, and a `required` one would demand a
 * value the chart does not read). So the root's rules (`allOf`), install-time warnings, run-time notes, and
 * the conditions and existing-Secret links of single values are kept only where every value they name exists.
 * Changes the schema in place and returns what it left out, each named for the overlay report.
 */
export function dropMissingReferences(schema: JsonSchema): string[] {
  const dropped: string[] = [];
  const exists = (pointer: string) => valueExists(schema, pointer);

  if (schema.allOf) {
    schema.allOf = schema.allOf.filter((rule, index) => {
      const missing = referencedPointers(rule, '').find((pointer) => !exists(pointer));
      if (missing !== undefined) dropped.push(`rule ${rule.$comment ?? `#${index + 1}`} (names ${missing})`);
      return missing === undefined;
    });
  }
  if (schema['x-warnings']) {
    schema['x-warnings'] = schema['x-warnings'].filter((warning) => {
      const missing = [warning.pointer, ...referencedPointers(warning.when, '')].find((pointer) => !exists(pointer));
      if (missing !== undefined) dropped.push(`warning ${warning.id} (names ${missing})`);
      return missing === undefined;
    });
  }
  if (schema['x-run-time']) {
    schema['x-run-time'] = schema['x-run-time'].filter((check) => {
      const named = [...(check.pointers ?? []).filter((pointer) => !pointer.includes('*')), ...(check.when ? referencedPointers(check.when, '') : [])];
      const missing = named.find((pointer) => !exists(pointer));
      if (missing !== undefined) dropped.push(`run-time note ${check.id} (names ${missing})`);
      return missing === undefined;
    });
  }
  forEachValueNode(schema, '', (node, pointer) => {
    const conditions = node['x-show-if'];
    if (conditions) {
      for (const [condition, test] of Object.entries(conditions)) {
        const missing = [condition, ...referencedPointers(test, condition)].find((named) => !exists(named));
        if (missing === undefined) continue;
        delete conditions[condition];
        dropped.push(`condition of ${pointer} (names ${missing})`);
      }
      if (Object.keys(conditions).length === 0) delete node['x-show-if'];
    }
    const existing = node['x-existing-secret'];
    if (typeof existing === 'string' && !exists(existing)) {
      delete node['x-existing-secret'];
      dropped.push(`existing Secret of ${pointer} (names ${existing})`);
    }
  });
  return dropped;
}

/** The values a schema about the value at `at` names: through `properties` and `required`, and its combinators. */
function referencedPointers(schema: JsonSchema | undefined, at: string): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const pointers: string[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const pointer = `${at}/${escape(key)}`;
    pointers.push(pointer, ...referencedPointers(child, pointer));
  }
  for (const key of schema.required ?? []) pointers.push(`${at}/${escape(key)}`);
  for (const branch of [schema.if, schema.then, schema.else, schema.not, ...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    pointers.push(...referencedPointers(branch, at));
  }
  return pointers;
}

/** A value exists when the schema describes it, or when it sits in a map whose keys are the user's. */
function valueExists(root: JsonSchema, pointer: string): boolean {
  let node: JsonSchema | undefined = root;
  for (const key of parsePointer(pointer)) {
    if (!node) return false;
    if (node.properties && Object.hasOwn(node.properties, key)) node = node.properties[key];
    else return Boolean(node.additionalProperties || node.patternProperties || node.items || node.type === 'array');
  }
  return node !== undefined;
}

function forEachValueNode(node: JsonSchema, pointer: string, visit: (node: JsonSchema, pointer: string) => void): void {
  visit(node, pointer);
  for (const [key, child] of Object.entries(node.properties ?? {})) forEachValueNode(child, `${pointer}/${escape(key)}`, visit);
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
