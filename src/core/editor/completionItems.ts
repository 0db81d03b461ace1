import type { JsonSchema } from '../schema/JsonSchema';
import { resolveRef, schemaAt, structuralParts } from '../schema/schemaNavigation';
import type { CompletionContext, ReplaceRange } from './completionContext';
import { formatScalar } from './formatScalar';

interface EditorCompletion {
  label: string;
  kind: 'key' | 'value';
  /** Plain text; a key that holds a map or list ends with a new, deeper line to continue on. */
  insertText: string;
  replace: ReplaceRange;
  /** The title from the schema (keys) or "chart default" (values). */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Keeps the chart's own order (x-order) instead of the alphabet. */
  sortText: string;
  /** The key's value is a choice (enum or boolean): offer the choices right after inserting the key. */
  suggestValuesNext: boolean;
}

/**
 * What the schema offers at the cursor: the keys the map does not have yet, or the values a key may take
 * (its enum, or true/false). Nothing where the schema does not describe the place.
 */
export function completionItems(root: JsonSchema, context: CompletionContext): EditorCompletion[] {
  return context.kind === 'key' ? keyItems(root, context) : valueItems(root, context.pointer, context.replace);
}

function keyItems(root: JsonSchema, context: Extract<CompletionContext, { kind: 'key' }>): EditorCompletion[] {
  const parent = schemaAt(root, context.parentPointer);
  const present = new Set(context.presentKeys);
  const items: EditorCompletion[] = [];
  const seen = new Set<string>();
  for (const part of structuralParts(root, parent)) {
    for (const [key, raw] of Object.entries(part.properties ?? {})) {
      if (present.has(key) || seen.has(key)) continue;
      seen.add(key);
      const child = resolveRef(root, raw) ?? {};
      const shape = valueShape(root, child);
      const order = structuralParts(root, child).find((p) => typeof p['x-order'] === 'number')?.['x-order'] ?? 1000;
      items.push({
        label: key,
        kind: 'key',
        insertText: `${yamlKey(key)}:${shape === 'map' ? '\n  ' : shape === 'list' ? '\n  - ' : ' '}`,
        replace: context.replace,
        detail: child.title,
        documentation: child.description,
        sortText: `${String(order).padStart(6, '0')}:${key}`,
        suggestValuesNext: shape === 'scalar' && choices(root, child).length > 0,
      });
    }
  }
  return items;
}

function valueItems(root: JsonSchema, pointer: string, replace: ReplaceRange): EditorCompletion[] {
  const node = schemaAt(root, pointer);
  if (!node) return [];
  const fallback = structuralParts(root, node).find((part) => Object.hasOwn(part, 'default'))?.default;
  return choices(root, node).map((value, index) => ({
    label: formatScalar(value),
    kind: 'value',
    insertText: formatScalar(value),
    replace,
    detail: Object.is(value, fallback) ? 'chart default' : undefined,
    sortText: String(index).padStart(4, '0'),
    suggestValuesNext: false,
  }));
}

/** The scalar values a node allows, in the schema's order: enum and const members, or true/false. */
function choices(root: JsonSchema, node: JsonSchema): unknown[] {
  const out: unknown[] = [];
  const add = (value: unknown) => {
    if ((value === null || typeof value !== 'object') && !out.some((v) => Object.is(v, value))) out.push(value);
  };
  for (const part of structuralParts(root, node)) {
    for (const value of part.enum ?? []) add(value);
    if (Object.hasOwn(part, 'const')) add(part.const);
    for (const branch of [...(part.anyOf ?? []), ...(part.oneOf ?? [])]) {
      const resolved = resolveRef(root, branch);
      for (const value of resolved?.enum ?? []) add(value);
      if (resolved && Object.hasOwn(resolved, 'const')) add(resolved.const);
    }
  }
  if (out.length === 0 && typesOf(root, node).includes('boolean')) {
    add(true);
    add(false);
  }
  return out;
}

function valueShape(root: JsonSchema, node: JsonSchema): 'map' | 'list' | 'scalar' {
  const types = typesOf(root, node);
  const parts = structuralParts(root, node);
  if (types.includes('object') || parts.some((part) => part.properties)) return 'map';
  if (types.includes('array') || parts.some((part) => part.items)) return 'list';
  return 'scalar';
}

function typesOf(root: JsonSchema, node: JsonSchema): string[] {
  return structuralParts(root, node).flatMap((part) => (part.type === undefined ? [] : Array.isArray(part.type) ? part.type : [part.type]));
}

/** A key that a YAML reader would take for something else is written quoted. */
function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.\-/]*$/.test(key) && !/^(?:y|n|yes|no|true|false|on|off|null)$/i.test(key) ? key : JSON.stringify(key);
}
