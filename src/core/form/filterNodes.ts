import type { FormNode, FormSection, GroupNode } from './FormModel';
import { dottedPath } from '@/core/pointer/jsonPointer';

/** The words of a search; every word must be found for a node to match. */
export function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((word) => word !== '');
}

function text(node: FormNode): string {
  const dotted = dottedPath(node.pointer);
  return [node.key, node.pointer, dotted, node.title, node.description ?? '', ...node.trail].join('\n').toLowerCase();
}

function matches(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}

function itemMatches(node: FormNode, words: readonly string[]): boolean {
  if (node.type !== 'field' || !node.item) return false;
  return node.item.children.some((child) => matches(text(child), words) || itemMatches(child, words));
}

/**
 * The nodes that match a search by key, path, label or description. A group that matches keeps all its
 * children; otherwise it keeps only the children that match, and disappears when none does.
 */
function filterNodes(nodes: readonly FormNode[], words: readonly string[]): FormNode[] {
  if (words.length === 0) return [...nodes];
  const kept: FormNode[] = [];
  for (const node of nodes) {
    if (matches(text(node), words) || itemMatches(node, words)) {
      kept.push(node);
      continue;
    }
    if (node.type === 'group') {
      const children = filterNodes(node.children, words);
      if (children.length > 0) kept.push({ ...node, children } satisfies GroupNode);
    }
  }
  return kept;
}

/** The section's nodes under a search; a section whose own title or description matches keeps them all. */
export function filterSection(section: FormSection, words: readonly string[]): FormNode[] {
  if (words.length === 0) return section.nodes;
  if (matches(`${section.id}\n${section.title}\n${section.description ?? ''}`.toLowerCase(), words)) return section.nodes;
  return filterNodes(section.nodes, words);
}

/** Fields (not groups) among the nodes, counted through groups: how many a search found. */
export function countFields(nodes: readonly FormNode[]): number {
  let count = 0;
  for (const node of nodes) count += node.type === 'group' ? countFields(node.children) : 1;
  return count;
}
