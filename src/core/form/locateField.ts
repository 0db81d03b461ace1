import { formatPointer, parsePointer } from '@/core/pointer/jsonPointer';
import type { FormModel, FormNode, GroupNode } from './FormModel';

interface FieldLocation {
  /** Absolute pointer of the node the form renders for the value (list items carry their index). */
  pointer: string;
  node: FormNode;
  section: string;
  /** The rest of the asked pointer below that node ('' when the node is the value itself). */
  within: string;
}

const itemIndexes = new WeakMap<GroupNode, Map<string, FormNode>>();

function indexOfItem(item: GroupNode): Map<string, FormNode> {
  let index = itemIndexes.get(item);
  if (!index) {
    const built = new Map<string, FormNode>();
    const add = (node: FormNode) => {
      built.set(node.pointer, node);
      if (node.type === 'group') node.children.forEach(add);
    };
    item.children.forEach(add);
    index = built;
    itemIndexes.set(item, index);
  }
  return index;
}

/**
 * The rendered node nearest to a value: the value's own field, else its closest ancestor the form shows
 * (a problem with a key inside a YAML snippet or a list item shows at that field). Undefined when the value
 * is outside every section (e.g. an unknown top-level key).
 */
export function locateField(model: FormModel, pointer: string): FieldLocation | undefined {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return undefined;
  }
  for (let length = segments.length; length > 0; length -= 1) {
    const prefix = formatPointer(segments.slice(0, length));
    const node = model.byPointer.get(prefix);
    if (!node) continue;
    const rest = segments.slice(length);
    const index = rest[0];
    if (node.type === 'field' && node.kind === 'object-list' && node.item && index !== undefined && /^\d+$/.test(index)) {
      const itemPointer = formatPointer([...segments.slice(0, length), index]);
      const inner = rest.slice(1);
      const items = indexOfItem(node.item);
      for (let depth = inner.length; depth > 0; depth -= 1) {
        const child = items.get(formatPointer(inner.slice(0, depth)));
        if (child) {
          return { pointer: itemPointer + child.pointer, node: child, section: node.section, within: formatPointer(inner.slice(depth)) };
        }
      }
      return { pointer: itemPointer, node: node.item, section: node.section, within: formatPointer(inner) };
    }
    return { pointer: prefix, node, section: node.section, within: formatPointer(rest) };
  }
  return undefined;
}
