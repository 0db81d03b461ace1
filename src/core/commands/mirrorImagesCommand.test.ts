import { describe, expect, test } from 'vitest';
import { mirrorChartCommands } from './mirrorChartCommands';
import { mirrorImagesCommand } from './mirrorImagesCommand';
import { chartDefaults, coalesce } from './testValues.fixture';

describe('mirroring for an air-gapped cluster', () => {
  test('the mirror script gets every version the values know, and the Dapr versions from the user', () => {
    const values = coalesce(chartDefaults(), { 'opentelemetry-deployment': { enabled: true, image: { tag: '0.112.0' } } });
    const { text, notes } = mirrorImagesCommand(values, 'my-registry.example.com', { daprVersion: '1.16.2', internalDaprVersion: '1.16.2-catalyst.1' });
    expect(text).toBe(
      [
        './scripts/catalyst/mirror-images.sh my-registry.example.com \\',
        '  --catalyst-version 1.28.0 \\',
        '  --dapr-version 1.16.2 \\',
        '  --internal-dapr-version 1.16.2-catalyst.1 \\',
        '  --envoy-version distroless-v1.33.0 \\',
        '  --piko-version v0.8.3 \\',
        '  --otel-version 0.112.0',
      ].join('\n'),
    );
    expect(notes.join(' ')).toContain('--dapr-version 1.16.2 comes from your input');
  });

  test('without Dapr versions the command keeps placeholders and says why', () => {
    const { text, notes } = mirrorImagesCommand(chartDefaults(), 'my-registry.example.com');
    expect(text).toContain("--dapr-version '<dapr-version>'");
    expect(text).toContain("--internal-dapr-version '<internal-dapr-version>'");
    expect(text).not.toContain('--otel-version');
    expect(notes).toHaveLength(2);
  });

  test('the catalyst version follows a pinned agent tag', () => {
    const { text } = mirrorImagesCommand(coalesce(chartDefaults(), { agent: { image: { tag: '1.28.1' } } }), 'registry.corp.example.com/catalyst');
    expect(text).toContain('--catalyst-version 1.28.1');
    expect(text.split('\n')[0]).toBe('./scripts/catalyst/mirror-images.sh registry.corp.example.com/catalyst \\');
  });

  test('a private chart registry gets pull and push commands; push drops the /catalyst suffix', () => {
    const values = coalesce(chartDefaults(), { global: { charts: { registry: 'oci://my-registry.example.com/diagrid/catalyst', username: 'my-username' } } });
    expect(mirrorChartCommands(values, '1.28.0').map((c) => c.text)).toEqual([
      'helm registry login my-registry.example.com --username my-username',
      'helm pull oci://public.ecr.aws/diagrid/catalyst --version 1.28.0',
      'helm push catalyst-1.28.0.tgz oci://my-registry.example.com/diagrid',
    ]);
  });

  test('the public chart registry needs no mirroring', () => {
    expect(mirrorChartCommands(chartDefaults(), '1.28.0')).toEqual([]);
  });
});
