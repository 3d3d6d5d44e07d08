// A tiny static server for the bench: several folders, each under its own path prefix, on one origin.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { isolationHeaders } from '../scripts/isolation-headers.mjs';

/** @typedef {{ prefix: string, folder: string }} Mount */
/** @typedef {{ origin: string, close: () => Promise<void> }} RunningServer */

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The file a URL path names under the first mount whose prefix it starts with; null when there is none.
 * @param {Mount[]} mounts longest prefix first
 * @param {string} pathname
 * @returns {string | null}
 */
function resolveFile(mounts, pathname) {
  const mount = mounts.find((entry) => pathname.startsWith(entry.prefix));
  if (!mount) return null;
  const root = resolve(mount.folder);
  const relative = normalize(decodeURIComponent(pathname.slice(mount.prefix.length)) || 'index.html');
  let file = join(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

/**
 * Serves the mounts on 127.0.0.1 at a free port.
 * @param {Mount[]} mounts
 * @returns {Promise<RunningServer>}
 */
export function startServer(mounts) {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer((request, response) => {
    const file = resolveFile(sorted, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      ...isolationHeaders,
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolvePromise({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done(undefined));
          }),
      });
    });
  });
}
