import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.yaml': 'application/yaml',
  '.tgz': 'application/gzip',
};

/**
 * A static server for one build folder, on 127.0.0.1 and a port the OS picks, so two benchmark runs (or a
 * developer's `vite preview`) never collide. No compression: on loopback it would only add CPU time to the
 * measured loads; bundle sizes are reported gzipped separately. `mounts` serves other folders under URL
 * prefixes (`{ '/charts/': folder }`).
 */
export async function serveFolder(root, mounts = {}) {
  const server = createServer(async (request, response) => {
    try {
      let path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      // A folder served under a prefix as if it were in the build (e.g. the host's charts/ beside the page).
      let base = root;
      for (const [prefix, folder] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) {
          base = folder;
          path = path.slice(prefix.length - 1);
        }
      }
      let file = normalize(join(base, path));
      if (!file.startsWith(base + sep) && file !== base) {
        response.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
