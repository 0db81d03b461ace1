import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { closedKeysIn, childSchemaIn, itemSchema, structuralParts } from '../schema/schemaNavigation';
import { childPointer } from '../pointer/jsonPointer';
import { closestMatch } from '../text/closestMatch';
import { getAt } from '../values/getAt';
import { isDeepEqual } from '../values/isDeepEqual';

interface KeyProblem {
  pointer: string;
  message: string;
  suggestion?: string;
  source: 'unknown-key' | 'trap';
}

/**
 * Keys Helm accepts and then ignores. A typo like `gateway.tls.enbled` renders fine and silently does
 * nothing, so the user needs to hear about it even though Helm says nothing. Walks the user's own values
 * (not the coalesced ones): only what the user wrote can be a typo.
 * Also reports values the chart never reads (`x-unread`), when the user changed them from the default.
 */
export function findUnknownKeys(root: JsonSchema, userValues: unknown, defaults: Values, memo?: UnknownKeysMemo): KeyProblem[] {
  const problems: KeyProblem[] = [];
  walk({ root, defaults, out: problems, parts: new Map(), memo }, root, userValues, '', 0);
  return problems;
}

/**
 * The problems found in each map and list of earlier walks, with the schema node and pointer they were judged
 * at. Values are never changed in place (an edit makes new maps on the edited path and shares the rest), so
 * one kept across the walks of one chart's schema and defaults makes a walk after a keystroke visit only the
 * edited path.
 */
export type UnknownKeysMemo = WeakMap<object, { node: JsonSchema; pointer: string; problems: readonly KeyProblem[] }>;

interface Walk {
  root: JsonSchema;
  defaults: Values;
  out: KeyProblem[];
  /**
   * Each schema node's structural parts, worked out once per walk: a map of many keys (200,000 annotations
   * in a 10 MB file) shares one schema for all of them.
   */
  parts: Map<JsonSchema, { parts: JsonSchema[]; unread: string | undefined; known: string[] | undefined }>;
  memo: UnknownKeysMemo | undefined;
}

function partsOf(walk: Walk, node: JsonSchema) {
  let found = walk.parts.get(node);
  if (!found) {
    const parts = structuralParts(walk.root, node);
    found = { parts, unread: parts.find((part) => part['x-unread'])?.['x-unread'], known: closedKeysIn(parts) };
    walk.parts.set(node, found);
  }
  return found;
}

function walk(state: Walk, node: JsonSchema | undefined, value: unknown, pointer: string, depth: number): void {
  if (!node || depth > 64) return;
  if (!state.memo || typeof value !== 'object' || value === null) {
    walkNode(state, node, value, pointer, depth);
    return;
  }
  const known = state.memo.get(value);
  if (known && known.node === node && known.pointer === pointer) {
    state.out.push(...known.problems);
    return;
  }
  const start = state.out.length;
  walkNode(state, node, value, pointer, depth);
  state.memo.set(value, { node, pointer, problems: state.out.slice(start) });
}

function walkNode(state: Walk, node: JsonSchema, value: unknown, pointer: string, depth: number): void {
  const { root, defaults, out } = state;
  const { parts, unread, known } = partsOf(state, node);
  if (unread && pointer !== '' && !isDeepEqual(value, getAt(defaults, pointer))) {
    out.push({ pointer, message: unread, source: 'trap' });
    return;
  }
  if (Array.isArray(value)) {
    const items = itemSchema(root, node);
    value.forEach((item, index) => walk(state, items, item, childPointer(pointer, index), depth + 1));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) {
    const child = childSchemaIn(root, parts, key);
    const at = childPointer(pointer, key);
    if (!child && known) {
      const suggestion = closestMatch(key, known);
      const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
      out.push({
        pointer: at,
        message: `Unknown key "${key}": the chart ignores it, so this setting does nothing.${hint}`,
        suggestion,
        source: 'unknown-key',
      });
      continue;
    }
    walk(state, child, (value as Record<string, unknown>)[key], at, depth + 1);
  }
}
