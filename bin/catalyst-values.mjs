#!/usr/bin/env node
// The built command line (npm run build:cli, run by `npm install` in a checkout and shipped in the package):
// one bundled file with the chart validators generated at build time, so a run starts in Node's own time.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist-cli/catalyst-values.mjs', import.meta.url);
if (existsSync(bundled)) {
  await import(bundled.href);
} else {
  // A checkout before its first build: run the TypeScript sources (slower to start; tsx is a dev dependency).
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/run.ts');
}
