import type { FormNode } from './FormModel';
import { isDeepEqual } from '../values/isDeepEqual';

/**
 * Whether the user's value for a node changes anything against the chart: a field whose value is not its
 * default, or a key the node does not describe. A value written out equal to the default changes nothing.
 */
export function differsFromDefault(node: FormNode, value: unknown): boolean {
  if (value === undefined) return false;
  if (node.type === 'field') return !isDeepEqual(value, node.default);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return true;
  return Object.entries(value).some(([key, child]) => {
    const described = node.children.find((candidate) => candidate.key === key);
    return !described || differsFromDefault(described, child);
  });
}
