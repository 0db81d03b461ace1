import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { runHelm } from '../test-support/helmBinary';
import { shippedChartVersions } from '../core/schema/chartCatalog';
import { loadValidatorScript } from './runValidatorScript';

/** The package as users get it: `npm pack`, then a global install of the tarball, run from its own bin. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'catalyst-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sizeOf(path: string): number {
  const info = statSync(path);
  return info.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : info.size;
}

describe('the published package', { timeout: 600_000 }, () => {
  test('packs the built command line and Helm\'s engine only, installs globally without dependencies, and runs', async () => {
    // npm pack builds the command line first (prepare), whose output comes before the JSON report.
    const output = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const packed = JSON.parse(output.slice(output.search(/^\[/m))) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]?.files.map((file) => file.path).sort() ?? [];
    expect(files.filter((path) => !path.startsWith('dist-cli/chunks/'))).toEqual([
      '.pre-commit-hooks.yaml',
      'README.md',
      'action.yml',
      'bin/catalyst-values.mjs',
      'dist-cli/catalyst-values.mjs',
      'dist-cli/helm-engine-worker.mjs',
      // Each shipped chart's validators, and the code cache that spares compiling them at every run.
      ...shippedChartVersions.flatMap((version) => [`dist-cli/validators/catalyst-${version}.code-cache`, `dist-cli/validators/catalyst-${version}.js`]),
      'engine/wasm/helm-engine.wasm.gz',
      'engine/wasm/wasm_exec.js',
      'package.json',
      'plugin.yaml',
    ]);
    expect(files.filter((path) => path.startsWith('dist-cli/chunks/')).every((path) => path.endsWith('.mjs'))).toBe(true);

    const prefix = join(dir, 'global');
    execFileSync('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', join(dir, packed[0]?.filename ?? '')], { stdio: 'ignore' });
    const installed = join(prefix, 'lib/node_modules/catalyst-values');
    expect(readdirSync(installed)).not.toContain('node_modules');
    // Small: Helm's engine (about 13 MB compressed), the bundle without Monaco or React (about 2.5 MB), and
    // for each shipped chart version its schema, generated validators and their code cache (under 5.5 MB each).
    const engine = statSync(join(root, 'engine/wasm/helm-engine.wasm.gz')).size;
    expect(sizeOf(prefix)).toBeLessThan(engine + 2_500_000 + 5_500_000 * shippedChartVersions.length);
    // The code cache the build wrote is one this Node takes: a run of the installed package compiles no validator.
    for (const version of shippedChartVersions) {
      expect(loadValidatorScript(pathToFileURL(join(installed, `dist-cli/validators/catalyst-${version}.js`))).usedCodeCache).toBe(true);
    }

    const bin = join(prefix, 'bin/catalyst-values');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
    const values = join(dir, 'values.yaml');
    writeFileSync(values, 'global:\n  secrets:\n    provider: nope\n');
    let failure: { status: number; stdout: string } | undefined;
    try {
      execFileSync(bin, ['validate', values, '--set', 'join_token=x'], { encoding: 'utf8' });
    } catch (error) {
      failure = error as { status: number; stdout: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stdout).toMatch(/values\.yaml:3:\d+ error \/global\/secrets\/provider/);

    // Helm's engine runs from the installed package alone (its worker thread and module), as Helm renders.
    const archive = '../shared/chart/1.90.0/catalyst-1.90.0.tgz';
    const rendered = execFileSync(bin, ['template', '--chart', archive, '--set', 'join_token=x'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const helm = await runHelm(['template', 'release-name', join(root, archive), '--set', 'join_token=x']);
    expect(helm.ok).toBe(true);
    expect(rendered).toBe(helm.stdout);
  });
});
