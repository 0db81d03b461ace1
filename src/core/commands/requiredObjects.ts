import type { Values } from '../diagnostics/Diagnostic';
import { childPointer } from '../pointer/jsonPointer';
import { isSetAt, isTruthyAt, stringAt, valueAt } from './readValue';
import { shellQuote } from './shellQuote';
import { joinTokenSecretNamePointer } from '../install/joinTokenSource';

interface RequiredObject {
  kind: 'Secret' | 'ConfigMap';
  name: string;
  namespace: string;
  /** The value that names the object. */
  pointer: string;
  /** kubectl text with placeholders (`./tls.crt`, `'<password>'`) the user fills in. */
  command: string;
  note?: string;
}

interface RequiredObjectsInput {
  /** The user's own values: some objects are needed only when the user named them. */
  userValues: Values;
  /** The coalesced values Helm will use. */
  values: Values;
  /** Default `cra-agent`. */
  namespace?: string;
  /** Default `catalyst`; names the gateway secret when no name is set. */
  release?: string;
}

function lines(parts: string[]): string {
  return parts.join(' \\\n  ');
}

/**
 * Secrets and ConfigMaps the values point at but the chart does not create: an existing gateway TLS secret,
 * piko's proxy TLS secret, the chart registry's existing secret and the image pull secrets.
 * Secret contents are never taken from the values: only placeholders appear.
 */
export function requiredObjects(input: RequiredObjectsInput): RequiredObject[] {
  const { values, userValues } = input;
  const ns = input.namespace || 'cra-agent';
  const release = input.release || 'catalyst';
  const objects: RequiredObject[] = [];
  const q = shellQuote;

  if (isTruthyAt(values, '/gateway/tls/enabled')) {
    const existing = stringAt(values, '/gateway/tls/existingSecret');
    const inline = isTruthyAt(values, '/gateway/tls/cert') || isTruthyAt(values, '/gateway/tls/key');
    if (existing || !inline) {
      const name = existing || stringAt(values, '/gateway/tls/secretName') || `${release}-gateway-tls`;
      const pointer = existing ? '/gateway/tls/existingSecret' : '/gateway/tls/enabled';
      const certFile = stringAt(values, '/gateway/tls/certificates/certFile') || 'tls.crt';
      const keyFile = stringAt(values, '/gateway/tls/certificates/keyFile') || 'tls.key';
      const caFile = stringAt(values, '/gateway/tls/certificates/caFile');
      const standard = certFile === 'tls.crt' && keyFile === 'tls.key' && !caFile;
      const command = standard
        ? lines([`kubectl create secret tls ${q(name)} -n ${q(ns)}`, '--cert=./tls.crt', '--key=./tls.key'])
        : lines([
            `kubectl create secret generic ${q(name)} -n ${q(ns)}`,
            `--from-file=${q(`${certFile}=./tls.crt`)}`,
            `--from-file=${q(`${keyFile}=./tls.key`)}`,
            ...(caFile ? [`--from-file=${q(`${caFile}=./ca.crt`)}`] : []),
          ]);
      objects.push({
        kind: 'Secret',
        name,
        namespace: ns,
        pointer,
        command,
        note: existing
          ? 'The gateway serves this certificate; the chart mounts the secret but does not create it.'
          : 'TLS is on but no existingSecret or inline cert/key is set: the gateway waits for this secret.',
      });
    }
  }

  const joinTokenSecret = stringAt(values, joinTokenSecretNamePointer);
  if (joinTokenSecret) {
    const key = stringAt(values, '/agent/existingJoinTokenSecret/key') || 'join_token';
    objects.push({
      kind: 'Secret',
      name: joinTokenSecret,
      namespace: ns,
      pointer: joinTokenSecretNamePointer,
      // From the shell variable the region command filled: the token is never printed.
      command: `kubectl create secret generic ${q(joinTokenSecret)} -n ${q(ns)} --from-literal=${q(key)}="\${JOIN_TOKEN}"`,
      note: 'The join token the agent enrolls with; the chart reads it from here instead of join_token.',
    });
  }

  const chartsSecret = stringAt(values, '/global/charts/existingSecret');
  if (chartsSecret) {
    objects.push({
      kind: 'Secret',
      name: chartsSecret,
      namespace: ns,
      pointer: '/global/charts/existingSecret',
      command: lines([
        `kubectl create secret generic ${q(chartsSecret)} -n ${q(ns)}`,
        `--from-literal=username=${q('<username>')}`,
        `--from-literal=password=${q('<password>')}`,
        '--from-file=tls.crt=./client.crt',
        '--from-file=tls.key=./client.key',
        '--from-file=ca.crt=./ca.crt',
      ]),
      note: 'Credentials for the private chart registry. Every key is optional: keep basic auth, the client certificate, the custom CA, or any mix.',
    });
  }

  const ca = '/agent/config/internal_dapr/ca';
  const caNamespace = stringAt(values, `${ca}/namespace`) || ns;
  const issuer = stringAt(values, `${ca}/issuer_secret_name`);
  if (issuer) {
    objects.push({
      kind: 'Secret',
      name: issuer,
      namespace: caNamespace,
      pointer: `${ca}/issuer_secret_name`,
      command: lines([
        `kubectl create secret generic ${q(issuer)} -n ${q(caNamespace)}`,
        '--from-file=issuer.crt=./issuer.crt',
        '--from-file=issuer.key=./issuer.key',
        '--from-file=ca.crt=./ca.crt',
      ]),
      note: 'Your Dapr issuer CA (certificate and key) and the root it chains to.',
    });
  }
  const anchors = stringAt(values, `${ca}/trust_anchors_config_map_name`);
  if (anchors && isSetAt(userValues, `${ca}/trust_anchors_config_map_name`)) {
    objects.push({
      kind: 'ConfigMap',
      name: anchors,
      namespace: caNamespace,
      pointer: `${ca}/trust_anchors_config_map_name`,
      command: `kubectl create configmap ${q(anchors)} -n ${q(caNamespace)} --from-file=ca.crt=./ca.crt`,
      note: 'The trust anchors (root certificates) workloads use to verify Dapr identities.',
    });
  }

  const proxySecret = stringAt(values, '/piko/certificates/proxy/secretName');
  if (isTruthyAt(values, '/piko/enabled') && isTruthyAt(values, '/piko/certificates/proxy/enabled') && proxySecret) {
    objects.push({
      kind: 'Secret',
      name: proxySecret,
      namespace: ns,
      pointer: '/piko/certificates/proxy/secretName',
      command: lines([`kubectl create secret tls ${q(proxySecret)} -n ${q(ns)}`, '--cert=./piko-proxy.crt', '--key=./piko-proxy.key']),
      note: 'TLS for the Piko proxy port. The chart notes that proxy TLS is not supported yet.',
    });
  }

  const pullSecrets = valueAt(values, '/global/image/imagePullSecrets');
  if (Array.isArray(pullSecrets)) {
    const server = (stringAt(values, '/global/image/registry').split('/')[0] ?? '') || '<registry>';
    pullSecrets.forEach((entry, i) => {
      const name = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['name'] : undefined;
      if (typeof name !== 'string' || name === '') return;
      objects.push({
        kind: 'Secret',
        name,
        namespace: ns,
        pointer: `/global/image/imagePullSecrets/${i}/name`,
        command: lines([
          `kubectl create secret docker-registry ${q(name)} -n ${q(ns)}`,
          `--docker-server=${q(server)}`,
          `--docker-username=${q('<username>')}`,
          `--docker-password=${q('<password>')}`,
        ]),
        note: 'Used by agent, management and gateway pods only: Piko and the cleanup job do not get pull secrets.',
      });
    });
  }

  const pg = '/agent/config/project/external_postgresql';
  if (isTruthyAt(values, `${pg}/enabled`)) {
    const pgNamespace = stringAt(values, `${pg}/namespace`) || ns;
    const block = valueAt(values, pg);
    for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
      if (!/secret_?name$/i.test(key) || typeof value !== 'string' || value === '') continue;
      objects.push({
        kind: 'Secret',
        name: value,
        namespace: pgNamespace,
        pointer: childPointer(pg, key),
        command: `kubectl create secret generic ${q(value)} -n ${q(pgNamespace)} --from-literal=password=${q('<password>')}`,
        note: 'The PostgreSQL credentials the workflow state store reads. Check the key names your Catalyst version expects.',
      });
    }
  }
  return objects;
}
