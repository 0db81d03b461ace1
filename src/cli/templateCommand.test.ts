import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTarGzip } from 'nanotar';
import { describe, expect, test } from 'vitest';
import { runHelm } from '../test-support/helmBinary';
import { cliFixture } from './cliFixture';

const archive = '../shared/chart/1.90.0/catalyst-1.90.0.tgz';

describe('catalyst-values template and validate --chart PATH', () => {
  const cli = cliFixture();

  test('template prints exactly what helm template prints, for an archive and for the same chart as a folder', async () => {
    const values = cli.file('tls.yaml', 'gateway:\n  tls:\n    enabled: true\nagent:\n  podAnnotations:\n    team: "a"\n');
    const helm = await runHelm(['template', 'studio', archive, '-n', 'apps', '-f', values, '--set', 'join_token=abc']);
    expect(helm.ok).toBe(true);

    const fromArchive = await cli.run('template', '--chart', archive, '-f', values, '--set', 'join_token=abc', '--release', 'studio', '-n', 'apps');
    expect(fromArchive.code).toBe(0);
    expect(fromArchive.stdout).toBe(helm.stdout);

    const folder = cli.pathOf('unpacked');
    for (const entry of await parseTarGzip(readFileSync(archive))) {
      if (entry.type !== 'file' || !entry.data) continue;
      mkdirSync(join(folder, entry.name, '..'), { recursive: true });
      writeFileSync(join(folder, entry.name), entry.data);
    }
    const fromFolder = await cli.run('template', '--chart', join(folder, 'catalyst'), '-f', values, '--set', 'join_token=abc', '--release', 'studio', '--namespace', 'apps');
    expect(fromFolder.stdout).toBe(helm.stdout);
  }, 180_000);

  test('Helm\'s warnings while merging values stay out of the printed manifests', async () => {
    // A scalar over a map of the subchart's defaults: Helm logs a warning and keeps the map.
    const values = cli.file('warns.yaml', 'join_token: abc\nopentelemetry-daemonset:\n  presets: on\n');
    const helm = await runHelm(['template', 'release-name', archive, '-f', values]);
    expect(helm.stderr).toContain('cannot overwrite table with non table');
    // As a process: the engine's worker thread writes to the process's own stdout, not to main's streams.
    const ours = spawnSync(process.execPath, ['bin/catalyst-values.mjs', 'template', '--chart', archive, '-f', values], { encoding: 'utf8' });
    expect(ours.stdout).toBe(helm.stdout);
  }, 180_000);

  test('template fails as Helm fails: its error on stderr, exit 1, nothing on stdout', async () => {
    const result = await cli.run('template', '--chart', archive);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('join_token');
  }, 180_000);

  test('validate --chart PATH gives Helm\'s verdict at the value\'s line, with source helm', async () => {
    const bad = cli.file('bad.yaml', 'gateway:\n  enabled: true\nglobal:\n  image:\n    registry: 7\n');
    const good = cli.file('good.yaml', 'gateway:\n  enabled: true\n');
    const result = await cli.run('validate', '--chart', archive, '-o', 'json', bad, good);
    expect(result.code).toBe(1);
    const [badCheck, goodCheck] = result.lines.map((line) => JSON.parse(line));
    expect(badCheck).toMatchObject({ file: bad, valid: false, diagnostics: [{ pointer: '/global/image/registry', line: 5, severity: 'error', source: 'helm' }] });
    expect(badCheck.diagnostics[0].message).toContain('want string');
    expect(goodCheck).toMatchObject({ file: good, valid: true, diagnostics: [] });
  }, 180_000);

  test('validate --chart PATH reports what the Kubernetes API would refuse in the objects Helm renders, at the value, with source kubernetes', async () => {
    const refused = cli.file('refused.yaml', "agent:\n  securityContext:\n    allowPrivilegeEscalation: 'false'\n");
    const accepted = cli.file('accepted.yaml', 'agent:\n  securityContext:\n    allowPrivilegeEscalation: false\n');
    const result = await cli.run('validate', '--chart', archive, '--kube-version', '1.31', '-o', 'json', refused, accepted);
    expect(result.code).toBe(1);
    const [refusedCheck, acceptedCheck] = result.lines.map((line) => JSON.parse(line));
    expect(refusedCheck).toMatchObject({
      file: refused,
      valid: false,
      diagnostics: [{ pointer: '/agent/securityContext/allowPrivilegeEscalation', line: 3, severity: 'error', source: 'kubernetes' }],
    });
    expect(refusedCheck.diagnostics[0].message).toMatch(/^Kubernetes 1\.31 would refuse Deployment \S+: spec\.template\.spec\.containers\[0\]\.securityContext\.allowPrivilegeEscalation: must be a boolean/);
    expect(acceptedCheck).toMatchObject({ file: accepted, valid: true, diagnostics: [] });
    expect((await cli.run('validate', '--chart', archive, '--kube-version', '1.12', accepted)).code).toBe(2);
  }, 180_000);

  test('a --chart path that is not there is a usage error naming it', async () => {
    const result = await cli.run('template', '--chart', './no-such-chart.tgz');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('./no-such-chart.tgz: no such chart archive or folder');
  });
});
