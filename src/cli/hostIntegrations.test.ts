import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { helmBinary } from '../test-support/helmBinary';

/**
 * The pre-commit hook, the GitHub Action and the Helm plugin, each run from its definition file the way its
 * host runs it: the same command line, environment and exit-code handling.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir = '';
const good = () => join(dir, 'catalyst-values.yaml');
const bad = () => join(dir, 'catalyst-prod.yaml');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'catalyst-hosts-'));
  writeFileSync(good(), 'join_token: x\n');
  writeFileSync(bad(), 'join_token: x\nglobal:\n  secrets:\n    provider: nope\n');
  writeFileSync(join(dir, 'other.yaml'), 'not: catalyst\n');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function exec(file: string, args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(file, [...args], { cwd: options.cwd ?? dir, env: { ...process.env, ...options.env }, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A package's bin, as npm links it for pre-commit's node environment. */
function binCommand(name: string): string[] {
  const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin[name];
  if (!bin) throw new Error(`no bin named ${name}`);
  return [process.execPath, join(root, bin)];
}

describe('host integrations, run as their hosts run them', { timeout: 240_000 }, () => {
  test('pre-commit: the hook selects Catalyst values files and fails the commit on an error', async () => {
    const [hook] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string; pass_filenames: boolean }[];
    expect(hook).toMatchObject({ id: 'catalyst-values-validate', language: 'node', pass_filenames: true });
    if (!hook) return;
    const staged = ['catalyst-values.yaml', 'catalyst-prod.yaml', 'other.yaml', 'charts/x/values.yaml'];
    const selected = staged.filter((name) => new RegExp(hook.files).test(name));
    expect(selected).toEqual(['catalyst-values.yaml', 'catalyst-prod.yaml']);
    const [command, ...entryArgs] = hook.entry.split(' ');
    const [node, ...bin] = binCommand(command ?? '');
    const failing = await exec(node ?? '', [...bin, ...entryArgs, ...selected]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/^catalyst-prod\.yaml:4:\d+ error \/global\/secrets\/provider/m);
    const passing = await exec(node ?? '', [...bin, ...entryArgs, 'catalyst-values.yaml']);
    expect(passing).toMatchObject({ code: 0, stdout: '' });
  });

  test('GitHub Action: the composite steps write a SARIF log, annotate, and fail the job on an error', async () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
      runs: { using: string; steps: { id?: string; uses?: string; run?: string; shell?: string; if?: string; env?: Record<string, string> }[] };
      inputs: Record<string, { default?: string }>;
    };
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.map((step) => step.uses).filter(Boolean)).toEqual(['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3']);
    async function runAction(inputs: Record<string, string>) {
      const given: Record<string, string> = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])), ...inputs };
      const outputs: Record<string, Record<string, string>> = {};
      const expand = (text: string) =>
        text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expression: string) => {
          const input = /^inputs\.([\w-]+)$/.exec(expression);
          if (input) return given[input[1] ?? ''] ?? '';
          const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
          if (output) return outputs[output[1] ?? '']?.[output[2] ?? ''] ?? '';
          const equals = /^inputs\.([\w-]+) == '(.*)'$/.exec(expression);
          if (equals) return String(given[equals[1] ?? ''] === equals[2]);
          throw new Error(`expression the test cannot evaluate: ${expression}`);
        });
      const log: string[] = [];
      for (const step of action.runs.steps) {
        if (step.if !== undefined && expand(step.if) !== 'true') continue;
        if (step.uses) continue;
        const outputFile = join(dir, `output-${step.id ?? 'step'}`);
        writeFileSync(outputFile, '');
        const env = { GITHUB_ACTION_PATH: root, GITHUB_OUTPUT: outputFile, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)])) };
        // The runner's own bash invocation for `shell: bash`.
        const result = await exec('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run ?? '')], { env });
        log.push(result.stdout);
        if (step.id) outputs[step.id] = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split('=', 2) as [string, string]));
        if (result.code !== 0) return { failed: true, log: log.join(''), outputs };
      }
      return { failed: false, log: log.join(''), outputs };
    }

    const failing = await runAction({ files: 'catalyst-prod.yaml catalyst-values.yaml', chart: '1.90', upload: 'false' });
    expect(failing.failed).toBe(true);
    expect(failing.outputs.validate).toEqual({ 'exit-code': '1' });
    expect(failing.log).toMatch(/^::error file=catalyst-prod\.yaml,line=4,/m);
    const sarif = JSON.parse(readFileSync(join(dir, 'catalyst-values.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('catalyst-prod.yaml');
    const passing = await runAction({ files: 'catalyst-values.yaml', upload: 'false' });
    expect(passing).toMatchObject({ failed: false, outputs: { validate: { 'exit-code': '0' } } });
  });

  test('Helm plugin: `helm catalyst-values validate -f …` runs the command with Helm\'s flags', async () => {
    const plugins = join(dir, 'plugins');
    mkdirSync(plugins, { recursive: true });
    symlinkSync(root, join(plugins, 'catalyst-values'));
    const env = { HELM_PLUGINS: plugins, HELM_CONFIG_HOME: join(dir, 'helm-config'), HELM_DATA_HOME: join(dir, 'helm-data'), HELM_CACHE_HOME: join(dir, 'helm-cache') };
    const list = await exec(helmBinary(), ['plugin', 'list'], { env });
    expect(list.stdout).toMatch(/^catalyst-values\s+0\.1\.0/m);
    const failing = await exec(helmBinary(), ['catalyst-values', 'validate', '-f', 'catalyst-prod.yaml'], { env });
    expect(failing.code).not.toBe(0);
    expect(failing.stdout).toMatch(/^catalyst-prod\.yaml:4:\d+ error \/global\/secrets\/provider/m);
    const passing = await exec(helmBinary(), ['catalyst-values', 'validate', '-f', 'catalyst-values.yaml', '--set', 'join_token=abc.def'], { env });
    expect(passing).toMatchObject({ code: 0, stdout: '' });
  });
});
