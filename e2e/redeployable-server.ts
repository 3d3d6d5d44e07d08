import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** A static host for a build under a sub-path, whose service worker can be "redeployed": after
 * `deployNextVersion()` sw.js differs by a comment, as it does when a new build goes up. */
export interface RedeployableServer {
  url: string;
  origin: string;
  deployNextVersion: () => void;
  close: () => Promise<void>;
}

/** Serves `folder` at http://127.0.0.1:<free port><subPath>. */
export async function serveRedeployable(folder: string, subPath: string): Promise<RedeployableServer> {
  const root = resolve(folder);
  let version = 1;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(subPath)) return void response.writeHead(404).end();
    const file = join(root, normalize(decodeURIComponent(path.slice(subPath.length)) || 'index.html'));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      return void response.writeHead(404).end();
    let body = readFileSync(file);
    if (path.endsWith('/sw.js')) body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)]);
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${subPath}`,
    origin,
    deployNextVersion: () => void (version += 1),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
