import { describe, expect, test } from 'vitest';
import { buildCommands } from './buildCommands';
import { installCommand, joinTokenCommands, uninstallCommand, upgradeCommand } from './installCommands';
import { chartDefaults, coalesce, productionValues } from './testValues.fixture';

describe('install commands', () => {
  test('the default install matches the README, with the chart version pinned', () => {
    const group = installCommand(chartDefaults(), '1.28.0');
    expect(group.commands[0]?.text).toBe(
      [
        'helm install catalyst oci://public.ecr.aws/diagrid/catalyst \\',
        '  --version 1.28.0 \\',
        '  -n cra-agent \\',
        '  --create-namespace \\',
        '  -f catalyst-values.yaml \\',
        '  --set join_token="${JOIN_TOKEN}"',
      ].join('\n'),
    );
  });

  test('upgrade uses upgrade --install with the same arguments', () => {
    expect(upgradeCommand(chartDefaults(), '1.28.0').commands[0]?.text.split('\n')[0]).toBe(
      'helm upgrade --install catalyst oci://public.ecr.aws/diagrid/catalyst \\',
    );
  });

  test('a private chart registry ending in /catalyst is installed from as is', () => {
    const values = coalesce(chartDefaults(), { global: { charts: { registry: 'oci://my-registry.example.com/diagrid/catalyst' } } });
    expect(installCommand(values, '1.28.0').commands[0]?.text).toMatch(/^helm install catalyst oci:\/\/my-registry\.example\.com\/diagrid\/catalyst \\/);
  });

  test('a private chart registry naming the folder gets /catalyst appended', () => {
    const values = coalesce(chartDefaults(), { global: { charts: { registry: 'oci://my-registry.example.com/diagrid/' } } });
    expect(installCommand(values, '1.28.0').commands[0]?.text).toContain('oci://my-registry.example.com/diagrid/catalyst \\');
  });

  test('release, namespace and file name come from the options, quoted when needed', () => {
    const text = installCommand(chartDefaults(), '1.28.0', { release: 'catalyst-eu', namespace: 'catalyst system', valuesFiles: ['prod values.yaml'] }).commands[0]?.text;
    expect(text).toContain('helm install catalyst-eu ');
    expect(text).toContain("-n 'catalyst system'");
    expect(text).toContain("-f 'prod values.yaml'");
  });

  test('an environment of a workspace installs and upgrades with the base, then its overlay', () => {
    const options = { valuesFiles: ['values.yaml', 'values-prod-eu.yaml'] };
    for (const group of [installCommand(chartDefaults(), '1.90.0', options), upgradeCommand(chartDefaults(), '1.90.0', options)]) {
      const flags = group.commands[0]?.text.match(/-f \S+/g);
      expect(flags).toEqual(['-f values.yaml', '-f values-prod-eu.yaml']);
    }
    expect(installCommand(chartDefaults(), '1.90.0').commands[0]?.text.match(/-f \S+/g)).toEqual(['-f catalyst-values.yaml']);
  });

  test('the join token command quotes the region and ingress and explains regeneration', () => {
    const group = joinTokenCommands({ regionName: "eu-prod", ingressUrl: 'https://catalyst.corp.example.com' });
    expect(group.commands.map((c) => c.text)).toEqual([
      'diagrid login',
      'export JOIN_TOKEN=$(diagrid region create eu-prod --ingress https://catalyst.corp.example.com | jq -r .joinToken)',
    ]);
    expect(group.note).toContain('regenerated until the installation completes');
    expect(joinTokenCommands().commands[1]?.text).toBe(
      "export JOIN_TOKEN=$(diagrid region create '<region-name>' --ingress 'https://<ingress-domain>' | jq -r .joinToken)",
    );
  });

  test('the join token from the values never appears in any command, and is not passed again over the file', () => {
    const user = productionValues();
    const values = coalesce(chartDefaults(), user);
    const all = buildCommands({ chartVersion: '1.28.0', userValues: user, values, tracing: { name: 'tracing-config', endpoint: 'jaeger:4317', protocol: 'grpc', isSecure: false, samplingRate: 1 } });
    const text = JSON.stringify(all);
    expect(text).not.toContain('eyJhbGciOiJSUzI1NiJ9');
    for (const secret of ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI', 'pg-Pa55word']) expect(text).not.toContain(secret);
    expect(text).not.toContain('--set join_token');
    expect(all.find((g) => g.id === 'join-token')?.note).toContain('Your values file holds the token in join_token');
  });

  test('a token given at install is passed from JOIN_TOKEN to install and upgrade, and a file holding none gets it by default', () => {
    const user = { cleanup: { enabled: false } };
    const values = coalesce(chartDefaults(), user);
    for (const groups of [buildCommands({ chartVersion: '1.90.0', userValues: user, values }), buildCommands({ chartVersion: '1.90.0', userValues: user, values, joinToken: 'install' })]) {
      for (const id of ['install', 'upgrade']) expect(groups.find((g) => g.id === id)?.commands[0]?.text).toContain('--set join_token="${JOIN_TOKEN}"');
    }
  });

  test('a token written in the file, even before it is typed, is not passed on the command line', () => {
    const user = { cleanup: { enabled: false } };
    const groups = buildCommands({ chartVersion: '1.90.0', userValues: user, values: coalesce(chartDefaults(), user), joinToken: 'file' });
    expect(JSON.stringify(groups)).not.toContain('--set join_token');
  });

  test('a token read from a Secret is put in that Secret from JOIN_TOKEN, under the key the values name, and not passed to Helm', () => {
    const user = { agent: { existingJoinTokenSecret: { name: 'catalyst-join-token', key: 'token' } } };
    const groups = buildCommands({ chartVersion: '1.90.0', userValues: user, values: coalesce(chartDefaults(), user), joinToken: 'install' });
    expect(JSON.stringify(groups.filter((g) => g.id === 'install' || g.id === 'upgrade'))).not.toContain('join_token');
    const objects = groups.find((g) => g.id === 'required-objects')?.commands.map((c) => c.text) ?? [];
    expect(objects).toContain('kubectl create secret generic catalyst-join-token -n cra-agent --from-literal=token="${JOIN_TOKEN}"');
  });

  test('uninstall warns that the region is spent while the cleanup hook is on', () => {
    const group = uninstallCommand(chartDefaults());
    expect(group.commands[0]?.text).toBe('helm uninstall catalyst -n cra-agent');
    expect(group.note).toContain('no longer valid');
    expect(group.note).toContain('Set cleanup.enabled: false to keep it reusable');
  });

  test('uninstall says the region stays reusable when the values turn cleanup off', () => {
    const group = uninstallCommand(coalesce(chartDefaults(), { cleanup: { enabled: false } }));
    expect(group.note).toContain('stays reusable');
  });
});
