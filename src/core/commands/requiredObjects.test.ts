import { describe, expect, test } from 'vitest';
import { requiredObjects } from './requiredObjects';
import { chartDefaults, coalesce, productionValues } from './testValues.fixture';

describe('objects to create before installing', () => {
  test('the chart defaults need nothing created by hand', () => {
    expect(requiredObjects({ userValues: {}, values: chartDefaults() })).toEqual([]);
  });

  test('a production configuration lists each secret and configmap it refers to, with placeholders only', () => {
    const user = productionValues();
    const objects = requiredObjects({ userValues: user, values: coalesce(chartDefaults(), user) });
    expect(objects.map((o) => [o.kind, o.name, o.namespace, o.pointer])).toEqual([
      ['Secret', 'catalyst-gateway-tls', 'cra-agent', '/gateway/tls/existingSecret'],
      ['Secret', 'catalyst-chart-credentials', 'cra-agent', '/global/charts/existingSecret'],
      ['Secret', 'dapr-issuer', 'dapr-pki', '/agent/config/internal_dapr/ca/issuer_secret_name'],
      ['ConfigMap', 'dapr-trust-anchors', 'dapr-pki', '/agent/config/internal_dapr/ca/trust_anchors_config_map_name'],
      ['Secret', 'corp-registry', 'cra-agent', '/global/image/imagePullSecrets/0/name'],
      ['Secret', 'corp-registry-backup', 'cra-agent', '/global/image/imagePullSecrets/1/name'],
    ]);
    const commands = objects.map((o) => o.command);
    expect(commands[0]).toBe('kubectl create secret tls catalyst-gateway-tls -n cra-agent \\\n  --cert=./tls.crt \\\n  --key=./tls.key');
    expect(commands[1]).toBe(
      [
        'kubectl create secret generic catalyst-chart-credentials -n cra-agent \\',
        "  --from-literal=username='<username>' \\",
        "  --from-literal=password='<password>' \\",
        '  --from-file=tls.crt=./client.crt \\',
        '  --from-file=tls.key=./client.key \\',
        '  --from-file=ca.crt=./ca.crt',
      ].join('\n'),
    );
    expect(commands[2]).toBe(
      'kubectl create secret generic dapr-issuer -n dapr-pki \\\n  --from-file=issuer.crt=./issuer.crt \\\n  --from-file=issuer.key=./issuer.key \\\n  --from-file=ca.crt=./ca.crt',
    );
    expect(commands[3]).toBe('kubectl create configmap dapr-trust-anchors -n dapr-pki --from-file=ca.crt=./ca.crt');
    expect(commands[4]).toBe(
      "kubectl create secret docker-registry corp-registry -n cra-agent \\\n  --docker-server=registry.corp.example.com \\\n  --docker-username='<username>' \\\n  --docker-password='<password>'",
    );
    expect(JSON.stringify(objects)).not.toContain('pg-Pa55word');
  });

  test('custom certificate file names in the gateway secret switch to a generic secret', () => {
    const user = { gateway: { tls: { enabled: true, existingSecret: 'wildcard', certificates: { certFile: 'fullchain.pem', keyFile: 'privkey.pem', caFile: 'chain.pem' } } } };
    const [tls] = requiredObjects({ userValues: user, values: coalesce(chartDefaults(), user) });
    expect(tls?.command).toBe(
      'kubectl create secret generic wildcard -n cra-agent \\\n  --from-file=fullchain.pem=./tls.crt \\\n  --from-file=privkey.pem=./tls.key \\\n  --from-file=chain.pem=./ca.crt',
    );
  });

  test('TLS on with neither a secret nor inline cert/key names the secret the gateway will wait for', () => {
    const user = { gateway: { tls: { enabled: true } } };
    const [tls] = requiredObjects({ userValues: user, values: coalesce(chartDefaults(), user), release: 'catalyst' });
    expect(tls?.name).toBe('catalyst-gateway-tls');
    expect(tls?.note).toContain('waits for this secret');
  });

  test('inline cert and key need no secret: the chart creates it', () => {
    const user = { gateway: { tls: { enabled: true, cert: '-----BEGIN CERTIFICATE-----', key: '-----BEGIN PRIVATE KEY-----' } } };
    const objects = requiredObjects({ userValues: user, values: coalesce(chartDefaults(), user) });
    expect(objects).toEqual([]);
  });

  test('the default trust-anchors configmap name is not listed unless the user set it', () => {
    const user = { agent: { config: { internal_dapr: { ca: { issuer_secret_name: 'issuer' } } } } };
    const objects = requiredObjects({ userValues: user, values: coalesce(chartDefaults(), user) });
    expect(objects.map((o) => o.name)).toEqual(['issuer']);
    expect(objects[0]?.namespace).toBe('cra-agent');
  });

  test('piko proxy TLS needs its secret, and a namespace option applies everywhere', () => {
    const user = { piko: { certificates: { proxy: { enabled: true, secretName: 'piko-proxy-tls' } } } };
    const [piko] = requiredObjects({ userValues: user, values: coalesce(chartDefaults(), user), namespace: 'catalyst' });
    expect(piko?.command).toBe('kubectl create secret tls piko-proxy-tls -n catalyst \\\n  --cert=./piko-proxy.crt \\\n  --key=./piko-proxy.key');
  });

  test('names with shell metacharacters are quoted', () => {
    const user = { global: { image: { imagePullSecrets: [{ name: "x; rm -rf ~" }] } } };
    const [secret] = requiredObjects({ userValues: user, values: coalesce(chartDefaults(), user) });
    expect(secret?.command).toContain("docker-registry 'x; rm -rf ~' -n cra-agent");
    expect(secret?.command).toContain("--docker-server='<registry>'");
  });
});
