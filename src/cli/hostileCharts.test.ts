import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hostileArchives, hostileSchemaArchives, hostileTemplateArchives, hostileUsableArchives } from '../core/chart-archive/hostileArchives.fixture';
import { cliFixture } from './cliFixture';

/**
 * The hostile charts the page refuses, given to `validate --chart PATH`: each ends with exit 1 or 2 and a
 * message. What bounds the time is the reader's limits and the engine's own 10 s; the tests' timeouts only
 * catch a hang, with room for a machine running every suite at once.
 */
const hangAfter = 120_000;
const cli = cliFixture();

describe('validate --chart PATH with a hostile chart', () => {
  test.each([...hostileArchives, ...hostileSchemaArchives].map((archive) => [archive.title, archive] as const))(
    '%s: exits 2 with the rule it broke',
    async (_title, archive) => {
      const chart = cli.file(archive.fileName, Buffer.from(archive.build()));
      const values = cli.file('values.yaml', 'replicas: 2\n');
      const result = await cli.run('validate', '--chart', chart, values);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(archive.refusal);
    },
    hangAfter,
  );

  test('a backtracking pattern is judged by Helm\'s RE2 at once: exit 1 at the value', async () => {
    const chart = cli.file(hostileUsableArchives.redos.fileName, Buffer.from(hostileUsableArchives.redos.build()));
    const values = cli.file('redos-values.yaml', `name: ${hostileUsableArchives.redos.value}\n`);
    const result = await cli.run('validate', '--chart', chart, values);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('/name');
  }, hangAfter);
});

describe('validate --chart FOLDER', () => {
  function chartFolder(name: string): string {
    const folder = cli.pathOf(name);
    mkdirSync(`${folder}/templates`, { recursive: true });
    writeFileSync(`${folder}/Chart.yaml`, `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n`);
    writeFileSync(`${folder}/values.yaml`, 'replicas: 1\n');
    writeFileSync(`${folder}/templates/configmap.yaml`, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  replicas: "{{ .Values.replicas }}"\n');
    return folder;
  }

  test('a symbolic link in the folder is refused, never followed', async () => {
    const folder = chartFolder('linked');
    symlinkSync('/etc/passwd', `${folder}/templates/passwd.yaml`);
    const result = await cli.run('validate', '--chart', folder, cli.file('linked-values.yaml', 'replicas: 2\n'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"templates/passwd.yaml" is a symbolic link; the studio never follows links');
  }, hangAfter);

  test('a folder past the depth limit is refused', async () => {
    const folder = chartFolder('deepfolder');
    mkdirSync(`${folder}/${'d/'.repeat(40)}`, { recursive: true });
    const result = await cli.run('validate', '--chart', folder, cli.file('deep-values.yaml', 'replicas: 2\n'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the studio reads charts nested up to 32 folders deep');
  }, hangAfter);

  test('a schema with a $ref loop in the folder is refused before Helm sees it', async () => {
    const folder = chartFolder('loop');
    writeFileSync(`${folder}/values.schema.json`, JSON.stringify({ $ref: '#' }));
    const result = await cli.run('validate', '--chart', folder, cli.file('loop-values.yaml', 'replicas: 2\n'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refers to itself in a loop');
  }, hangAfter);
});

describe('validate --chart PATH with templates that never end', () => {
  test.each(hostileTemplateArchives.map((archive) => [archive.title, archive] as const))(
    '%s: Helm is stopped and the check ends with exit 1 or 2 and why',
    async (_title, archive) => {
      const chart = cli.file(archive.fileName, Buffer.from(archive.build()));
      const values = cli.file('values.yaml', 'replicas: 2\n');
      const result = await cli.run('validate', '--chart', chart, values);
      expect([1, 2]).toContain(result.code);
      expect(result.stdout + result.stderr).toMatch(archive.refusal);
    },
    hangAfter,
  );
});
