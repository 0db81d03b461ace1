import { describe, expect, test } from 'vitest';
import { parseValues } from '../core/yaml/parseValues';
import { cliFixture } from './cliFixture';

const { file, run } = cliFixture();

const values128 = `# Production, eu-west-1
join_token: abc
global:
  secrets:
    provider: aws # our secrets live in AWS
    aws:
      region: eu-west-1
shared:
  nodeSelector:
    pool: platform
`;

const valuesOf = (text: string) => {
  const parsed = parseValues(text);
  if (!parsed.ok) throw new Error('the migrated file should parse');
  return parsed.values;
};

describe('catalyst-values migrate', () => {
  test('prints the file carried to the other version, comments kept, and the report on stderr', async () => {
    const result = await run('migrate', '--from', '1.28.0', '--to', '1.90.0', file('prod.yaml', values128));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Production, eu-west-1');
    expect(result.stdout).toContain('provider: aws.secretmanager # our secrets live in AWS');
    expect(valuesOf(result.stdout)).toMatchObject({ shared: { scheduling: { nodeSelector: { pool: 'platform' } } } });
    expect(result.stderr).toMatch(/^Chart 1\.28\.0 → 1\.90\.0: \d+ things to know\./);
    expect(result.stderr).toContain('  Moved shared.nodeSelector → shared.scheduling.nodeSelector: ');
    expect(result.stderr).toContain('  Value renamed global.secrets.provider: ');
  });

  test('takes versions as people write them, and goes back as well as forward', async () => {
    const up = await run('migrate', '--from', 'v1.28', '--to', '1.90', file('up.yaml', values128));
    expect(up.code).toBe(0);
    const down = await run('migrate', '--from', '1.90.0', '--to', 'v1.28.0', file('down.yaml', up.stdout));
    expect(down.code).toBe(0);
    expect(valuesOf(down.stdout)).toEqual(valuesOf(values128));
    expect(down.stderr).toContain('  Moved shared.scheduling.nodeSelector → shared.nodeSelector: ');
  });

  test('a chart archive of any release is a version to migrate from or to', async () => {
    const result = await run('migrate', '--from', '../shared/chart/releases/catalyst-1.70.0.tgz', '--to', '1.90.0', file('170.yaml', 'join_token: abc\nagent:\n  image:\n    tag: 1.70.0\n  logLevel: trace\n'));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Chart 1\.70\.0 → 1\.90\.0/);
    expect(result.stderr).toMatch(/Default changed agent\.image\.tag: agent\.image\.tag is set to "1\.70\.0", the default of chart 1\.70\.0; chart 1\.90\.0 defaults to "1\.90\.0"/);
    const back = await run('migrate', '--from', '1.90.0', '--to', '../shared/chart/releases/catalyst-1.55.0.tgz', file('190.yaml', result.stdout));
    expect(back.code).toBe(0);
    expect(valuesOf(back.stdout)).toMatchObject({ agent: { logLevel: 'debug' } });
  });

  test('an unknown version or a missing option is a usage error; a file that is not YAML changes nothing', async () => {
    const unknown = await run('migrate', '--from', '1.5', '--to', '1.90.0', file('a.yaml', values128));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--from: unknown chart version 1.5');
    expect(unknown.stdout).toBe('');
    const missing = await run('migrate', '--from', '1.28.0', file('b.yaml', values128));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('give both --from and --to');
    const broken = await run('migrate', '--from', '1.28.0', '--to', '1.90.0', file('c.yaml', 'shared: [unclosed\n'));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('nothing was migrated');
  });

  test('--help says how', async () => {
    const help = await run('migrate', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('catalyst-values migrate --from VERSION|PATH --to VERSION|PATH FILE');
  });
});
