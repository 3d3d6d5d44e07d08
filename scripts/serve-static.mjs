// A tiny static file server that serves a folder under a sub-path, to prove the build runs from anywhere.
// Usage: node scripts/serve-static.mjs <folder> <port> <sub-path>
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { isolationHeaders } from './isolation-headers.mjs';

const [folder = 'dist', port = '4174', subPath = '/nested/path/'] = process.argv.slice(2);
const root = resolve(folder);
/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.gz': 'application/gzip',
  '.webmanifest': 'application/manifest+json',
};

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(subPath)) {
    response.writeHead(404).end('outside the served sub-path');
    return;
  }
  const relative = normalize(decodeURIComponent(url.pathname.slice(subPath.length)) || 'index.html');
  let file = join(root, relative);
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    ...isolationHeaders,
  });
  createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1', () =>
  console.log(`Serving ${root} at http://127.0.0.1:${port}${subPath}`),
);
