import { mkdirSync } from 'node:fs';
import { describe, test, expect } from 'vitest';
import { cliFixture } from './cliFixture';

const { file, run, pathOf } = cliFixture();

describe('catalyst-values validate', () => {
  test('accepts the chart defaults with a join token and exits 0', async () => {
    const result = await run('validate', file('ok.yaml', 'join_token: "abc.def"\n'));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  test('reports a missing join token as an error line with file, position, pointer and exits 1', async () => {
    const path = file('no-token.yaml', '# empty on purpose\nglobal:\n  image:\n    pullPolicy: IfNotPresent\n');
    const result = await run('validate', path);
    expect(result.code).toBe(1);
    expect(result.lines.some((l) => l.startsWith(`${path}:`) && / error \/join_token /.test(l))).toBe(true);
  });

  test('prints one JSON object per file, with the diagnostics', async () => {
    const good = file('good.yaml', 'join_token: x\n');
    const bad = file('bad.yaml', 'join_token: x\ngateway:\n  tls:\n    enbled: true\nglobal:\n  secrets:\n    provider: aws_secretmanager\n');
    const result = await run('validate', '--chart', '1.28.0', '--format', 'json', good, bad);
    expect(result.code).toBe(1);
    const [first, second] = result.lines.map((l) => JSON.parse(l));
    expect(first).toEqual({ file: good, valid: true, diagnostics: [] });
    expect(second.valid).toBe(false);
    const provider = second.diagnostics.find((d: { pointer: string }) => d.pointer === '/global/secrets/provider');
    expect(provider).toMatchObject({ severity: 'error', line: 7, suggestion: 'aws' });
    const typo = second.diagnostics.find((d: { pointer: string }) => d.pointer === '/gateway/tls/enbled');
    expect(typo).toMatchObject({ severity: 'warning', line: 4, suggestion: 'enabled' });
  });

  test('warnings alone keep exit 0', async () => {
    const result = await run('validate', file('warn.yaml', 'join_token: x\ngateway:\n  tls:\n    enbled: true\n'));
    expect(result.code).toBe(0);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/:4:5 warning \/gateway\/tls\/enbled .*Did you mean "enabled"/);
  });

  test('a usage error or an unreadable file exits 2', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', '--chart', '0.0.1', file('x.yaml', 'join_token: x'))).code).toBe(2);
    expect((await run('validate', '--format', 'xml', file('y.yaml', 'join_token: x'))).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    const missing = await run('validate', pathOf('does-not-exist.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    mkdirSync(pathOf('a-folder'), { recursive: true });
    expect((await run('validate', pathOf('a-folder'))).code).toBe(2);
  });

  test('a file that is not a mapping is an error at its line', async () => {
    const result = await run('validate', file('list.yaml', '- a\n- b\n'));
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/list\.yaml:1:1 error/);
  });
});

describe('catalyst-values validate on hostile input', () => {
  test.each([
    ['binary garbage', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['an alias bomb', billionLaughs()],
    ['10,000-deep nesting', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['10,000-deep nested mappings', 'a: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000)],
  ])('%s gives a clear diagnostic and exit 1', async (_name, content) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = await run('validate', file('hostile.yaml', content));
    expect(result.code).toBe(1);
    expect(result.lines.length).toBeGreaterThan(0);
    expect(result.lines[0]).toMatch(/ error /);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  test('bytes that are not UTF-8 are an error at their line', async () => {
    const bytes = Buffer.concat([Buffer.from('join_token: x\nglobal:\n  nameOverride: "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
    const result = await run('validate', file('latin1.yaml', bytes));
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/latin1\.yaml:3:\d+ error - the file is not UTF-8 text/);
  });

  test('a 10 MB file is checked, as Helm reads it, and its problems are placed', async () => {
    const big = 'join_token: x\nagent:\n  podAnnotations:\n' + Array.from({ length: 210_000 }, (_, i) => `    note-${i}: "${'x'.repeat(30)}"`).join('\n') + '\ngateway:\n  tls:\n    enbled: true\n';
    expect(big.length).toBeGreaterThan(10_000_000);
    const result = await run('validate', file('big.yaml', big));
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([expect.stringMatching(/big\.yaml:210006:5 warning \/gateway\/tls\/enbled /)]);
  }, 120_000);

  test('a 48 MB file is not even read, and the CLI says why', async () => {
    const result = await run('validate', file('huge.yaml', 'a: "' + 'x'.repeat(48 * 1024 * 1024) + '"\n'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/huge\.yaml: is 48 MB/);
  });

  test('__proto__ and constructor keys are plain keys and leave Object.prototype alone', async () => {
    const result = await run('validate', '--format', 'json', file('proto.yaml', 'join_token: x\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const report = JSON.parse(result.lines[0] ?? '{}');
    expect(report.diagnostics.map((d: { pointer: string }) => d.pointer)).toEqual(['/__proto__', '/constructor']);
    expect(result.code).toBe(0);
  });
});

function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`);
  }
  return lines.join('\n') + '\n';
}
