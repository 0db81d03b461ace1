import type { ValidateFunction } from 'ajv';
import type { JsonSchema } from '../schema/JsonSchema';

/**
 * Where a chart's validators come from: compiled here and now (Node, tests, a chart the user brings), or
 * generated at build time (the shipped charts in the browser, whose Content-Security-Policy forbids the
 * eval that compiling needs). Both are the same ajv configuration over the same schemas.
 */
export interface SchemaCompiler {
  /** The validator of the whole chart schema. */
  readonly root: ValidateFunction;
  /** A validator for a small schema inside the chart's (an `x-warnings` `when`, an `x-show-if` condition). */
  compile(schema: JsonSchema): ValidateFunction;
}

/** The key a generated module files a small schema under: its JSON text, exactly as the chart has it. */
export function subschemaKey(schema: JsonSchema): string {
  return JSON.stringify(schema);
}

/** A small schema that `$ref`s the chart's definitions needs them beside it. */
export function withChartDefinitions(root: JsonSchema, schema: JsonSchema): JsonSchema {
  return root.definitions && JSON.stringify(schema).includes('"$ref"') ? { ...schema, definitions: root.definitions } : schema;
}

export interface GeneratedValidators {
  root: ValidateFunction;
  subschemas: Readonly<Record<string, ValidateFunction>>;
}

export function generatedCompiler(generated: GeneratedValidators): SchemaCompiler {
  return {
    root: generated.root,
    compile(schema) {
      const validate = generated.subschemas[subschemaKey(schema)];
      if (!validate) throw new Error(`No validator was generated for ${subschemaKey(schema).slice(0, 120)}; rebuild the studio.`);
      return validate;
    },
  };
}

/** Every small schema a chart needs compiled besides its root: what the generator writes out. */
export function collectSubschemas(root: JsonSchema): JsonSchema[] {
  const found = new Map<string, JsonSchema>();
  for (const rule of root['x-warnings'] ?? []) found.set(subschemaKey(rule.when), rule.when);
  for (const check of root['x-run-time'] ?? []) if (check.when) found.set(subschemaKey(check.when), check.when);
  (function walk(node: unknown, depth: number) {
    if (!node || typeof node !== 'object' || depth > 200) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const showIf = (node as JsonSchema)['x-show-if'];
    if (showIf && typeof showIf === 'object') {
      for (const condition of Object.values(showIf)) found.set(subschemaKey(condition), condition);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'x-warnings' && key !== 'x-run-time' && key !== 'x-show-if' && key !== 'default') walk(child, depth + 1);
  })(root, 0);
  return [...found.values()];
}
