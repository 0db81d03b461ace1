import type { FormNode } from './FormModel';

/**
 * Which values of a section users set first, as pointer prefixes: the chart README's examples, then the main
 * components, with init containers, sidecars and add-ons last. The schema's own order (`x-order`) still
 * decides among the nodes one prefix matches, and the rest keep it between `first` and `last`.
 * A prefix ending in `/` matches below it only; otherwise the node itself too.
 */
interface SectionPriority {
  first: readonly string[];
  last?: readonly string[];
  /**
   * The section is a list of per-component blocks (one securityContext or image each): those blocks fold,
   * shown closed while nothing in them differs from the chart default, except the groups these prefixes
   * match, which stay open because the README's examples start there.
   */
  foldGroupsExcept?: readonly string[];
}

export const sectionPriorities: Readonly<Record<string, SectionPriority>> = {
  // The README's seccomp example sets agent.podSecurityContext; the wait-for-config init container comes last.
  'pod-security': {
    first: ['/agent/podSecurityContext', '/agent/securityContext', '/management/', '/gateway/controlplane/', '/gateway/envoy/', '/piko/', '/mcp/'],
    last: ['/global/waitForDaprConfig/'],
    foldGroupsExcept: ['/agent/'],
  },
  // The README's private registry example sets global.image.registry, then the add-ons' repositories.
  images: {
    first: ['/global/image', '/global/consolidated_image', '/agent/image', '/management/image', '/gateway/controlplane/image', '/gateway/identityInjector/image', '/gateway/envoy/image', '/piko/image', '/mcp/image'],
    last: ['/opentelemetry-deployment/', '/opentelemetry-daemonset/', '/global/waitForDaprConfig/', '/cleanup/'],
    foldGroupsExcept: ['/global/image'],
  },
  // The README's network policy example is the block list.
  'network-policies': {
    first: ['/agent/config/project/blocked_egress', '/agent/config/project/blocked_cidrs', '/agent/config/project/allowed_egress', '/agent/config/project/allowed_ingress', '/networkPolicies'],
  },
  resources: {
    first: ['/agent/resources', '/management/resources', '/gateway/controlplane/resources', '/gateway/envoy/resources', '/agent/', '/management/', '/gateway/', '/piko/', '/mcp/', '/shared'],
    last: ['/opentelemetry-deployment/', '/opentelemetry-daemonset/', '/global/waitForDaprConfig/'],
  },
};

function matches(pointer: string, prefix: string): boolean {
  return prefix.endsWith('/') ? pointer.startsWith(prefix) : pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/** Marks the section's top groups that fold (see `foldGroupsExcept`). */
export function markFoldableGroups(nodes: readonly FormNode[], priority: SectionPriority | undefined): void {
  const keepOpen = priority?.foldGroupsExcept;
  if (!keepOpen) return;
  for (const node of nodes) {
    if (node.type === 'group' && !keepOpen.some((prefix) => matches(node.pointer, prefix))) node.foldable = true;
  }
}

/** The section's top nodes in the order users need them; a stable sort, so the schema order breaks ties. */
export function orderByPriority(nodes: readonly FormNode[], priority: SectionPriority | undefined): FormNode[] {
  if (!priority) return [...nodes];
  const last = priority.last ?? [];
  const rank = (node: FormNode): number => {
    const first = priority.first.findIndex((prefix) => matches(node.pointer, prefix));
    if (first >= 0) return first;
    const late = last.findIndex((prefix) => matches(node.pointer, prefix));
    return late >= 0 ? priority.first.length + 1 + late : priority.first.length;
  };
  return nodes
    .map((node, index) => ({ node, index, rank: rank(node) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ node }) => node);
}
