import type { PictureLine } from './DeploymentPicture';
import { labelPairs, listAt, mapAt, textAt, type ObjectMap } from './objectFields';

/** The label Kubernetes puts on every namespace, naming it: a selector on it picks one namespace by name. */
const namespaceNameLabel = 'kubernetes.io/metadata.name';

/**
 * A NetworkPolicy as the traffic it allows and blocks: which pods it applies to, then per direction it
 * governs, each rule's peers and ports (allowed), the CIDRs carved out of an allowed block (blocked), and
 * "everything else blocked" — a direction the policy governs lets through only what some policy allows.
 */
export function networkPolicyLines(policy: unknown, namespace: string): PictureLine[] {
  const spec = mapAt(policy, 'spec');
  const lines: PictureLine[] = [[{ text: `applies to ${podSelectorText(mapAt(spec, 'podSelector'), namespace)}`, mark: 'muted' }]];
  for (const direction of governedDirections(spec)) {
    const rules = listAt(spec, direction === 'Ingress' ? 'ingress' : 'egress');
    const arrow = direction === 'Ingress' ? 'in' : 'out';
    const peerWord = direction === 'Ingress' ? 'from' : 'to';
    if (rules.length === 0) {
      lines.push([{ text: `${arrow}: blocked unless another policy allows it`, mark: 'blocked' }]);
      continue;
    }
    for (const rule of rules) {
      const peers = listAt(rule, direction === 'Ingress' ? 'from' : 'to');
      const ports = portsText(listAt(rule, 'ports'));
      const where = peers.length === 0 ? 'anywhere' : peers.map((peer) => peerText(peer, namespace)).join('; ');
      lines.push([{ text: `${arrow}: allowed ${peerWord} ${where}${ports ? ` on ${ports}` : ''}`, mark: 'allowed' }]);
      const carvedOut = peers.flatMap((peer) => listAt(peer, 'ipBlock', 'except').map(String));
      if (carvedOut.length > 0) lines.push([{ text: `${arrow}: blocked ${peerWord} ${carvedOut.join(', ')}`, mark: 'blocked' }]);
    }
  }
  return lines;
}

/** `policyTypes` as written; without it, Ingress, and Egress too when the policy has egress rules (the API's default). */
function governedDirections(spec: ObjectMap | undefined): ('Ingress' | 'Egress')[] {
  const written = listAt(spec, 'policyTypes').filter((t): t is 'Ingress' | 'Egress' => t === 'Ingress' || t === 'Egress');
  if (written.length > 0) return written;
  return spec?.['egress'] !== undefined ? ['Ingress', 'Egress'] : ['Ingress'];
}

/** The pods a selector picks, in words. */
function podSelectorText(selector: ObjectMap | undefined, namespace: string): string {
  const terms = selectorTerms(selector);
  return terms.length === 0 ? `every pod${namespace ? ` in ${namespace}` : ''}` : `pods ${terms.join(', ')}`;
}

function selectorTerms(selector: ObjectMap | undefined): string[] {
  const expressions = listAt(selector, 'matchExpressions').map((expression) => {
    const values = listAt(expression, 'values').map(String);
    return `${textAt(expression, 'key') ?? '?'} ${textAt(expression, 'operator') ?? '?'}${values.length > 0 ? ` (${values.join(', ')})` : ''}`;
  });
  return [...labelPairs(mapAt(selector, 'matchLabels')), ...expressions];
}

function peerText(peer: unknown, namespace: string): string {
  const block = textAt(peer, 'ipBlock', 'cidr');
  if (block !== undefined) return block;
  const namespaceSelector = mapAt(peer, 'namespaceSelector');
  const podSelector = mapAt(peer, 'podSelector');
  const pods = podSelector === undefined ? undefined : selectorTerms(podSelector);
  if (namespaceSelector === undefined) return pods && pods.length > 0 ? `pods ${pods.join(', ')}` : `pods in ${namespace || 'its namespace'}`;
  const named = textAt(namespaceSelector, 'matchLabels', namespaceNameLabel);
  const namespaces = selectorTerms(namespaceSelector);
  const inNamespaces = named !== undefined && namespaces.length === 1 ? `namespace ${named}` : namespaces.length === 0 ? 'every namespace' : `namespaces ${namespaces.join(', ')}`;
  return pods && pods.length > 0 ? `pods ${pods.join(', ')} in ${inNamespaces}` : inNamespaces;
}

function portsText(ports: readonly unknown[]): string {
  return ports.map((port) => `${textAt(port, 'port') ?? 'any port'}${textAt(port, 'endPort') ? `-${textAt(port, 'endPort')}` : ''}/${textAt(port, 'protocol') ?? 'TCP'}`).join(', ');
}
