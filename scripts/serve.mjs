// The production server on Node alone: the same answers as deploy/nginx.conf (files, caching, headers),
// for machines without nginx. `node scripts/serve.mjs [dist]`; PORT and HOST override the address.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.map', '.webmanifest']);

/** Hashed build output never changes; everything else is checked with the server on each use. */
export const cacheControl = (urlPath) => (urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** The file that answers a path, or null: exact file, then `path/index.html`. */
export const resolveFile = (root, urlPath) => {
  const path = normalize(join(root, urlPath));
  if (path !== root && !path.startsWith(root + sep)) return null;
  if (isFile(path)) return path;
  const index = join(path, 'index.html');
  return isFile(index) ? index : null;
};

export const createHandler = (root) => (request, response) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  // Until pages are prerendered, page addresses are answered by the app shell, which routes in the
  // browser; a missing file (a name with an extension) is a real 404.
  const file = resolveFile(root, urlPath) ?? (extname(urlPath) ? null : join(root, 'index.html'));
  if (!file) {
    response
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' })
      .end('Not found');
    return;
  }
  const ext = extname(file);
  const headers = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': cacheControl(urlPath),
    'x-content-type-options': 'nosniff',
    vary: 'Accept-Encoding',
  };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  else headers['content-length'] = statSync(file).size;
  response.writeHead(200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  const done = () => undefined;
  if (gzip) pipeline(stream, createGzip(), response, done);
  else pipeline(stream, response, done);
};

export const serve = ({ root = resolve('dist'), port = Number(process.env.PORT ?? 4173), host = process.env.HOST ?? '127.0.0.1' } = {}) =>
  new Promise((resolvePromise) => {
    const server = createServer(createHandler(resolve(root)));
    server.listen(port, host, () => {
      console.log(`Serving ${root} at http://${host}:${server.address().port}/`);
      resolvePromise(server);
    });
  });

if (import.meta.url === `file://${process.argv[1]}`) {
  await serve({ root: process.argv[2] ?? 'dist' });
}
