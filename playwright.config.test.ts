import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function listen(handler: Parameters<typeof createServer>[1] = (_request, response) => response.end()): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const port = await listen();
  servers.pop()?.close();
  return port;
}

function runBrowserTests(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', 'e2e/first-page.spec.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('the browser tests refuse to run against a server they did not start, and say which port is taken', async () => {
  const requestsToForeignServer: string[] = [];
  const foreignPort = await listen((request, response) => {
    requestsToForeignServer.push(request.url ?? '');
    response.end('<!doctype html><title>Catalyst Values Studio</title><p>another checkout');
  });
  const run = await runBrowserTests({ E2E_PORT: String(foreignPort), E2E_DEV_PORT: String(await freePort()) });

  expect(run.code).not.toBe(0);
  expect(run.output).toContain(`127.0.0.1:${foreignPort} is already used`);
  expect(run.output).not.toMatch(/\d+ passed/);
  // Playwright's probe of the port is the only request: no page was loaded from the foreign server.
  expect(requestsToForeignServer.filter((url) => url !== '/')).toEqual([]);
}, 60_000);
