import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cliFixture } from './cliFixture';

const { file, run, runWith, pathOf } = cliFixture();
const badProvider = 'join_token: x\nglobal:\n  secrets:\n    provider: nope\n';
const typo = 'join_token: x\ngateway:\n  tls:\n    enbled: true\n';

describe('catalyst-values, the habits of helm and kubeconform', { timeout: 90_000 }, () => {
  test.each(['validate', 'template', 'commands', 'share', 'open'])('%s --help prints its usage and exits 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const result = await run(command, flag);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`catalyst-values ${command}`);
      expect(result.stderr).toBe('');
    }
  });

  test('--version prints the package version', async () => {
    const { version } = (await import('../../package.json')).default;
    expect(await run('--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  test('--chart takes 1.90, v1.90.0 and 1.90.0 for the same chart, and names the known ones otherwise', async () => {
    const values = file('chart.yaml', 'join_token: x\n');
    for (const chart of ['1.90', 'v1.90.0', '1.90.0', '1.28']) expect((await run('validate', '--chart', chart, values)).code).toBe(0);
    const unknown = await run('validate', '--chart', '1.50', values);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('known: 1.28.0, 1.90.0');
  });

  test('--strict fails on warnings too', async () => {
    const values = file('typo.yaml', typo);
    expect((await run('validate', values)).code).toBe(0);
    const strict = await run('validate', '--strict', '-o', 'json', values);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.lines[0] ?? '{}')).toMatchObject({ valid: false });
  });

  test('--format is the same as -o/--output', async () => {
    const values = file('fmt.yaml', badProvider);
    const a = await run('validate', '--format', 'json', values);
    const b = await run('validate', '-o', 'json', values);
    const c = await run('validate', '--output=json', values);
    expect(a.stdout).toBe(b.stdout);
    expect(b.stdout).toBe(c.stdout);
    expect(JSON.parse(a.lines[0] ?? '{}').valid).toBe(false);
  });

  test('colour on a terminal; none with NO_COLOR, with --color never, or into a pipe', async () => {
    const values = file('color.yaml', badProvider);
    const escape = '\u001b[';
    expect((await runWith({ isTTY: true }, 'validate', values)).stdout).toContain(`${escape}31merror`);
    expect((await runWith({ isTTY: true, env: { NO_COLOR: '1' } }, 'validate', values)).stdout).not.toContain(escape);
    expect((await runWith({ isTTY: true }, 'validate', '--color', 'never', values)).stdout).not.toContain(escape);
    expect((await runWith({ isTTY: false }, 'validate', values)).stdout).not.toContain(escape);
    expect((await runWith({ isTTY: false }, 'validate', '--color', 'always', values)).stdout).toContain(escape);
  }, 60_000);

  test('a folder stands for every *.yaml and *.yml in it; an empty folder is an unreadable input', async () => {
    mkdirSync(pathOf('env/prod'), { recursive: true });
    const ok = file('env/dev.yml', 'join_token: x\n');
    const bad = file('env/prod/values.yaml', badProvider);
    file('env/README.md', '# not values');
    const result = await run('validate', '-o', 'json', pathOf('env'));
    expect(result.code).toBe(1);
    expect(result.lines.map((l) => JSON.parse(l).file)).toEqual([ok, bad]);
    mkdirSync(pathOf('empty'), { recursive: true });
    const empty = await run('validate', pathOf('empty'));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no *.yaml or *.yml file');
  });

  test('commands names the file the user passed in the helm install line, and takes -n', async () => {
    const values = file('prod-values.yaml', 'join_token: x\n');
    const result = await run('commands', '-n', 'catalyst-prod', values);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`-f ${values}`);
    expect(result.stdout).not.toContain('catalyst-values.yaml');
    expect(result.stdout).toContain('helm uninstall catalyst -n catalyst-prod');
  });

  test('share takes the studio address from --base-url, else CATALYST_STUDIO_URL, else says it fell back', async () => {
    const values = file('share.yaml', 'agent:\n  replicas: 3\n');
    const flag = await runWith({ env: { CATALYST_STUDIO_URL: 'https://env.example.com/studio/' } }, 'share', '--base-url', 'https://flag.example.com/', values);
    expect(flag.stdout).toMatch(/^https:\/\/flag\.example\.com\/#/);
    const env = await runWith({ env: { CATALYST_STUDIO_URL: 'https://env.example.com/studio/' } }, 'share', values);
    expect(env.stdout).toMatch(/^https:\/\/env\.example\.com\/studio\/#/);
    expect(env.stderr).toBe('');
    const fallback = await run('share', values);
    expect(fallback.stdout).toMatch(/^http:\/\/127\.0\.0\.1:5173\/#/);
    expect(fallback.stderr).toMatch(/local development studio .*CATALYST_STUDIO_URL/);
  });
});
