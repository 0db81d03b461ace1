import { describe, expect, test } from 'vitest';
import { buildCommands } from './buildCommands';
import { chartDefaults, coalesce, productionValues } from './testValues.fixture';

describe('the command panel', () => {
  test('the defaults give join token, install, upgrade, uninstall and the egress checklist, in that order', () => {
    const groups = buildCommands({ chartVersion: '1.28.0', userValues: {}, values: chartDefaults() });
    expect(groups.map((g) => g.id)).toEqual(['join-token', 'install', 'upgrade', 'uninstall', 'egress']);
  });

  test('a production configuration adds private registries and the objects to create', () => {
    const user = productionValues();
    const groups = buildCommands({
      chartVersion: '1.28.0',
      userValues: user,
      values: coalesce(chartDefaults(), user),
      options: { regionName: 'eu-prod', ingressUrl: 'https://catalyst.corp.example.com' },
      mirror: { daprVersion: '1.16.2', internalDaprVersion: '1.16.2-catalyst.1' },
    });
    expect(groups.map((g) => g.id)).toEqual(['join-token', 'install', 'upgrade', 'uninstall', 'private-registries', 'required-objects', 'egress']);
    const registries = groups.find((g) => g.id === 'private-registries');
    expect(registries?.commands.map((c) => c.text.split(' \\')[0])).toEqual([
      './scripts/catalyst/mirror-images.sh registry.corp.example.com/catalyst',
      'helm registry login charts.corp.example.com --username \'<username>\'',
      'helm pull oci://public.ecr.aws/diagrid/catalyst --version 1.28.0',
      'helm push catalyst-1.28.0.tgz oci://charts.corp.example.com/diagrid',
    ]);
    expect(groups.find((g) => g.id === 'install')?.commands[0]?.text).toContain('oci://charts.corp.example.com/diagrid/catalyst');
    expect(groups.find((g) => g.id === 'uninstall')?.note).toContain('stays reusable');
    expect(groups.find((g) => g.id === 'required-objects')?.commands).toHaveLength(6);
  });
});
