import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

/**
 * Hosting the built studio elsewhere than the preview server: under a sub-path of another site, and behind
 * the nginx configuration the container image uses (deploy/nginx.conf), with the headers it promises.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const basePort = Number(process.env.E2E_PORT ?? 4173);
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.wasm': 'application/wasm', '.gz': 'application/gzip', '.yaml': 'text/yaml' };

test.describe('served under a sub-path of another site', () => {
  let server: Server;
  const port = basePort + 7;
  test.beforeAll(async () => {
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (!path.startsWith('/tools/catalyst/')) {
        response.writeHead(404).end();
        return;
      }
      const relative = normalize(path.slice('/tools/catalyst/'.length) || 'index.html');
      const file = join(dist, relative);
      if (relative.startsWith('..') || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('every asset loads from below the sub-path and the studio works', async ({ page }) => {
    const failed: string[] = [];
    const requested: string[] = [];
    page.context().on('response', (response) => {
      requested.push(new URL(response.url()).pathname);
      // The studio looks for charts hosted beside it; none here, and it says nothing about that.
      if (response.status() >= 400 && !response.url().endsWith('/charts/index.yaml')) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`http://127.0.0.1:${port}/tools/catalyst/?chart=1.28.0`);
    await expect(page.getByText('catalyst 1.28.0')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('dialog', { name: 'Export values' })).toBeVisible();
    expect(failed).toEqual([]);
    expect(requested.filter((path) => !path.startsWith('/tools/catalyst/'))).toEqual([]);
  });
});

test.describe('behind the container image\'s nginx configuration', () => {
  let nginx: ChildProcess | undefined;
  let dir = '';
  const port = basePort + 8;
  test.beforeAll(async () => {
    const binary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));
    if (!binary) throw new Error('nginx is not installed (.ci/run installs Debian\'s nginx-light)');
    dir = mkdtempSync(join(tmpdir(), 'catalyst-nginx-'));
    // The image's server block as it is, pointed at this checkout's dist/ and a free port.
    const server = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8').replace('root /usr/share/nginx/html;', `root ${dist};`).replace('listen 8080;', `listen 127.0.0.1:${port};`);
    writeFileSync(join(dir, 'server.conf'), server);
    writeFileSync(
      join(dir, 'nginx.conf'),
      `daemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  fastcgi_temp_path ${dir}/fastcgi;\n  uwsgi_temp_path ${dir}/uwsgi;\n  scgi_temp_path ${dir}/scgi;\n  include ${dir}/server.conf;\n}\n`,
    );
    nginx = spawn(binary, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
    for (let i = 0; i < 100; i++) {
      if (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('nginx did not start');
  });
  test.afterAll(() => {
    nginx?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the page and its assets come with the Content-Security-Policy, nosniff and no-referrer headers', async () => {
    const page = await fetch(`http://127.0.0.1:${port}/`);
    const html = await page.text();
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`http://127.0.0.1:${port}/${asset}`);
    const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const response of [page, script]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const policy = response.headers.get('content-security-policy') ?? '';
      // Every directive of the page's own policy, word for word: the header is never looser than the page.
      for (const directive of metaPolicy.split(';').map((d) => d.trim())) expect(policy.split(';').map((d) => d.trim())).toContain(directive);
    }
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  test('the studio works under the header policy', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${port}/?chart=1.28.0`);
    await expect(page.getByText('catalyst 1.28.0')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'No problems' })).toBeVisible();
  });
});
