import type { Values } from '../diagnostics/Diagnostic';
import type { JsonSchema } from '../schema/JsonSchema';
import { closedKeys, childSchema, itemSchema, structuralParts } from '../schema/schemaNavigation';
import { childPointer } from '../pointer/jsonPointer';
import { closestMatch } from '../text/closestMatch';
import { getAt } from '../values/getAt';
import { isDeepEqual } from '../values/isDeepEqual';

export interface KeyProblem {
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
export function findUnknownKeys(root: JsonSchema, userValues: unknown, defaults: Values): KeyProblem[] {
  const problems: KeyProblem[] = [];
  walk(root, root, userValues, '', defaults, problems, 0);
  return problems;
}

function walk(root: JsonSchema, node: JsonSchema | undefined, value: unknown, pointer: string, defaults: Values, out: KeyProblem[], depth: number): void {
  if (!node || depth > 64) return;
  const unread = structuralParts(root, node).find((part) => part['x-unread'])?.['x-unread'];
  if (unread && pointer !== '' && !isDeepEqual(value, getAt(defaults, pointer))) {
    out.push({ pointer, message: unread, source: 'trap' });
    return;
  }
  if (Array.isArray(value)) {
    const items = itemSchema(root, node);
    value.forEach((item, index) => walk(root, items, item, childPointer(pointer, index), defaults, out, depth + 1));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const known = closedKeys(root, node);
  for (const key of Object.keys(value)) {
    const child = childSchema(root, node, key);
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
    walk(root, child, (value as Record<string, unknown>)[key], at, defaults, out, depth + 1);
  }
}
