import { describe, expect, test } from 'vitest';
import { cliFixture } from './cliFixture';

const { file, run, pathOf } = cliFixture();

describe('catalyst-values validate with Helm value flags', { timeout: 90_000 }, () => {
  test('a join token given with --set counts, as in `helm install -f FILE --set join_token=…`', async () => {
    const values = file('no-token.yaml', 'global:\n  image:\n    pullPolicy: IfNotPresent\n');
    expect((await run('validate', values)).code).toBe(1);
    const withToken = await run('validate', values, '--set', 'join_token=abc.def');
    expect(withToken).toMatchObject({ code: 0, stdout: '' });
  });

  test('-f files merge in order: a later file fixes an earlier one, and problems point at the file that set the value', async () => {
    const base = file('base.yaml', 'join_token: x\nglobal:\n  secrets:\n    provider: aws_secretmanager\n');
    const fix = file('fix.yaml', 'global:\n  secrets:\n    provider: kubernetes\n');
    expect(await run('validate', '-f', base, '-f', fix)).toMatchObject({ code: 0, stdout: '' });
    const broken = file('broken.yaml', '\n\nglobal:\n  secrets:\n    provider: vault-ish\n');
    const result = await run('validate', '--values', base, '-f', broken);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:\\d+ error /global/secrets/provider `))]);
  });

  test('a problem in a --set value is reported at the flag', async () => {
    const values = file('token.yaml', 'join_token: x\n');
    const result = await run('validate', values, '--set', 'global.secrets.provider=nope');
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([expect.stringMatching(/^--set:1:1 error \/global\/secrets\/provider /)]);
    const json = await run('validate', '-o', 'json', values, '--set-string', 'global.secrets.provider=nope');
    expect(JSON.parse(json.lines[0] ?? '{}').diagnostics[0]).toMatchObject({ file: '--set-string', pointer: '/global/secrets/provider' });
  });

  test('--set-json and --set-file give values as Helm does', async () => {
    const token = file('token.txt', 'abc.def');
    expect((await run('validate', '--set-file', `join_token=${token}`)).code).toBe(0);
    expect((await run('validate', '--set-json', '{"join_token":"abc"}')).code).toBe(0);
    const missing = await run('validate', '--set-file', `join_token=${pathOf('nowhere.txt')}`);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/Helm refuses --set-file .*no such file/);
  });

  test('--set-literal takes its value as written, commas included, and is reported at the flag', async () => {
    expect((await run('validate', '--set', 'join_token=abc,def')).code).toBe(1);
    expect(await run('validate', '--set-literal', 'join_token=abc,def')).toMatchObject({ code: 0, stdout: '' });
    const wrong = await run('validate', '--set-literal', 'join_token=x', '--set-literal', 'global.secrets.provider=kubernetes,aws');
    expect(wrong.code).toBe(1);
    expect(wrong.lines).toEqual([expect.stringMatching(/^--set-literal:1:1 error \/global\/secrets\/provider /)]);
  });

  test('a flag Helm refuses is an error with Helm\'s reason', async () => {
    const result = await run('validate', file('ok.yaml', 'join_token: x\n'), '--set', 'agent.replicas');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/error - Helm refuses --set agent\.replicas: key "replicas" has no value/);
  });

  test('an unreadable file among several: the others are still checked; exit 1 if one has an error, else 2', async () => {
    const good = file('good.yaml', 'join_token: x\n');
    const bad = file('bad.yaml', 'join_token: x\nglobal:\n  secrets:\n    provider: nope\n');
    const missing = pathOf('missing.yaml');
    const withError = await run('validate', missing, bad, good);
    expect(withError.code).toBe(1);
    expect(withError.stderr).toContain(`${missing}: no such file`);
    expect(withError.lines.some((l) => l.startsWith(`${bad}:4:`))).toBe(true);
    const withoutError = await run('validate', '-o', 'json', good, missing);
    expect(withoutError.code).toBe(2);
    expect(JSON.parse(withoutError.lines[0] ?? '{}')).toEqual({ file: good, valid: true, diagnostics: [] });
  });
});
