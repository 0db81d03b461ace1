import { beforeAll, describe, expect, test } from 'vitest';
import { loadChartSchema } from '../schema/chartCatalog';
import type { JsonSchema } from '../schema/JsonSchema';
import { exportWithoutSecrets } from './secretsLeftOut';

let schema: JsonSchema;
beforeAll(async () => {
  schema = await loadChartSchema('1.90.0');
});

const work = `# production
join_token: eyJhbGciOi.example # from the region
global:
  charts:
    registry: oci://charts.corp.example.com/diagrid
    username: catalyst-bot
    password: S3cr3t-pa55
    clientKey: ""
`;

describe('an export without secrets', () => {
  test('leaves every filled secret out, keeps the rest as written, and says how each is supplied instead', () => {
    const result = exportWithoutSecrets(work, schema);
    if (!result.ok) throw new Error('not exported');
    expect(result.text).toBe('# production\n\nglobal:\n  charts:\n    registry: oci://charts.corp.example.com/diagrid\n    username: catalyst-bot\n    clientKey: ""\n');
    expect(result.leftOut).toEqual([
      { pointer: '/join_token', suppliedBy: 'Pass it at install with --set join_token="${JOIN_TOKEN}", or from an existing Secret named in agent.existingJoinTokenSecret.name.' },
      { pointer: '/global/charts/password', suppliedBy: 'Pass it at install with --set global.charts.password="${…}", or from an existing Secret named in global.charts.existingSecret.' },
    ]);
  });

  test('a file without secrets goes out byte for byte', () => {
    expect(exportWithoutSecrets('# ours\ncleanup:\n  enabled: false\n', schema)).toEqual({ ok: true, text: '# ours\ncleanup:\n  enabled: false\n', leftOut: [] });
  });

  test('text that does not parse cannot be searched for secrets', () => {
    expect(exportWithoutSecrets('join_token: [abc\n', schema)).toEqual({ ok: false });
  });
});
