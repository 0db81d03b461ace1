#!/usr/bin/env node
/*
 * npm run build:engine: compile engine/ (Helm's `helm template` in Go) to WebAssembly and store it compressed
 * in engine/wasm with the Go glue script that matches the compiler. Both are committed, so a machine without
 * Go still gets the whole studio from `npm install`.
 *
 * --check: rebuild into a temporary folder and fail if the bytes differ from the committed ones. Skipped, with
 * a note, when `go` is missing or is not the version go.mod pins (another Go makes other bytes).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const engineDir = fileURLToPath(new URL('../engine/', import.meta.url));
const distDir = join(engineDir, 'wasm');
const check = process.argv.includes('--check');

const pinned = /^go (\S+)$/m.exec(readFileSync(join(engineDir, 'go.mod'), 'utf8'))?.[1];
const goVersion = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
if (goVersion.status !== 0) {
  if (check) {
    console.log('engine: go is not installed; the committed engine is used as is');
    process.exit(0);
  }
  console.error('engine: building the engine needs Go (go.dev/dl), version ' + pinned);
  process.exit(1);
}
const installed = goVersion.stdout.trim().replace(/^go/, '');
if (installed !== pinned) {
  const note = `engine: go.mod pins Go ${pinned} but ${installed} is installed`;
  if (check) {
    console.log(`${note}; the reproducibility check needs the pinned version and is skipped`);
    process.exit(0);
  }
  console.warn(`${note}; the result will not match the committed bytes`);
}

const outDir = check ? mkdtempSync(join(tmpdir(), 'helm-engine-')) : distDir;
const rawWasm = join(mkdtempSync(join(tmpdir(), 'helm-engine-raw-')), 'helm-engine.wasm');
const goroot = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();

// -trimpath and an empty build id keep paths and the build id out of the bytes, and -buildvcs=false keeps the
// commit out (Go stamps the checkout's revision otherwise, so every commit would change the module), so the same
// Go and go.sum make the same module anywhere. GOFLAGS=-mod=readonly: the build never rewrites go.mod/go.sum.
execFileSync('go', ['build', '-buildvcs=false', '-trimpath', '-ldflags=-s -w -buildid=', '-o', rawWasm, '.'], {
  cwd: engineDir,
  stdio: 'inherit',
  env: { ...process.env, GOOS: 'js', GOARCH: 'wasm', CGO_ENABLED: '0', GOFLAGS: '-mod=readonly' },
});
// gzip -n leaves out the file name and time, so the compressed bytes depend on the module alone.
execFileSync('sh', ['-c', `gzip -n -9 -c "${rawWasm}" > "${join(outDir, 'helm-engine.wasm.gz')}"`]);
copyFileSync(join(goroot, 'lib/wasm/wasm_exec.js'), join(outDir, 'wasm_exec.js'));
rmSync(rawWasm);

const size = statSync(join(outDir, 'helm-engine.wasm.gz')).size;
if (!check) {
  console.log(`engine: engine/wasm/helm-engine.wasm.gz ${(size / 1024 / 1024).toFixed(2)} MB`);
  process.exit(0);
}
const differing = ['helm-engine.wasm.gz', 'wasm_exec.js'].filter(
  (name) => !readFileSync(join(outDir, name)).equals(readFileSync(join(distDir, name))),
);
rmSync(outDir, { recursive: true });
if (differing.length > 0) {
  console.error(`engine: rebuilding from go.mod/go.sum gives other bytes for ${differing.join(', ')}; run npm run build:engine and commit the result`);
  process.exit(1);
}
console.log(`engine: rebuilt engine matches the committed one (${(size / 1024 / 1024).toFixed(2)} MB compressed)`);
