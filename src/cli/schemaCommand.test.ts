import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cliFixture } from './cliFixture';

const { run } = cliFixture();

describe('catalyst-values schema', () => {
  test('prints the shipped schema of a chart version as the studio serves it', async () => {
    const result = await run('schema', '--chart', '1.28');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync('schemas/catalyst/1.28.0/values.schema.json', 'utf8'));
  });

  test('--editor prints the variant for editing a values file: nothing the chart\'s defaults provide is required', async () => {
    const full = JSON.parse((await run('schema', '--chart', '1.90.0')).stdout);
    const result = await run('schema', '--chart', '1.90.0', '--editor');
    expect(result.code).toBe(0);
    const editor = JSON.parse(result.stdout);
    expect(full.allOf.length).toBeGreaterThan(0);
    expect(editor.allOf).toBeUndefined();
    expect(editor.properties.gateway.properties.tls.properties.existingSecret.description).toBe(full.properties.gateway.properties.tls.properties.existingSecret.description);
  });

  test('reads any release\'s archive into the full schema, and reports how the curation fits on stderr', async () => {
    const result = await run('schema', '--chart', '../shared/chart/releases/catalyst-1.55.0.tgz', '--overlay-report');
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.properties.gateway.properties.tls.properties.key).toMatchObject({ 'x-secret': true, 'x-widget': 'pem' });
    expect(schema['x-sections'].length).toBeGreaterThan(10);
    expect(result.stderr).toMatch(/^catalyst 1\.55\.0\nstale \(curated entries that match no value of this chart\): \d+\n/);
    expect(result.stderr).toMatch(/\nnew \(values no curated entry covers/);
  });

  test('a shipped version has no report without its archive, and a missing chart is a clear message', async () => {
    const report = await run('schema', '--chart', '1.90', '--overlay-report');
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('--overlay-report reads the chart itself');
    const missing = await run('schema', '--chart', './no-such-chart.tgz');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such chart archive or folder');
    expect(missing.stdout).toBe('');
  });
});
