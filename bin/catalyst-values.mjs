#!/usr/bin/env node
// The CLI runs the studio's TypeScript core directly, so it needs no build step after `npm install`.
import { register } from 'tsx/esm/api';

// `catalyst-values validate … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
