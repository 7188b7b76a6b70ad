// One server for everything the bench loads, so that the reader and the pages it is compared with are
// served alike (same compression, same process): nginx with the production config where it is installed,
// else the Node server of `npm start`. Besides the site, it serves
//   - the comparison pages from one folder (`/__limit/…`, `/__peer/…`) as plain static files, without the
//     site's security headers (the peer's own inline scripts would break under them);
//   - `aliases`: a site file at another address with status 200 (Lighthouse scores no page that answers
//     404, so the not-found page is also served at an address of its own).
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { nginxConfig } from '../nginx-config.mjs';
import { createHandler, securityHeaders } from '../serve.mjs';

export interface Served {
  base: string;
  kind: 'nginx' | 'node';
  close: () => Promise<void>;
}

interface Options {
  /** The site's build. */
  dist: string;
  /** A folder whose top-level folders (`__limit`, `__peer`) are served as they are, under their names. */
  pages: string;
  /** Address → file in `dist`, answered with 200 and the site's headers. */
  aliases: Record<string, string>;
}

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });

const hasNginx = () => spawnSync('nginx', ['-v']).status === 0 && process.env.BENCH_SERVER !== 'node';

const startNginx = async ({ dist, pages, aliases }: Options): Promise<Served> => {
  const port = await freePort();
  const locations = [
    ...['__limit', '__peer'].map(
      (prefix) =>
        `    location ^~ /${prefix}/ {\n      root ${resolve(pages)};\n      add_header Cache-Control "no-cache" always;\n      try_files $uri $uri.html $uri/index.html =404;\n    }\n`,
    ),
    ...Object.entries(aliases).map(([path, file]) => `    location = ${path} {\n      try_files /${file} =404;\n    }\n`),
  ].join('');
  const nginx = spawn('nginx', nginxConfig({ name: `bench-${port}`, port, root: resolve(dist), locations }), { stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}) before it served ${base}`);
    if (
      await fetch(`${base}/en/`).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    if (tries > 100) throw new Error(`nginx did not answer at ${base}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    base,
    kind: 'nginx',
    close: () =>
      new Promise((closed) => {
        nginx.once('exit', () => closed());
        nginx.kill('SIGQUIT');
      }),
  };
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A static file with gzip, as the site's own server sends its files, with `headers` and no others. */
const sendStatic = (request: IncomingMessage, response: ServerResponse, file: string, headers: Record<string, string> = {}) => {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const gzip = type !== TYPES['.woff2'] && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    ...headers,
    'content-type': type,
    'cache-control': 'no-cache',
    vary: 'Accept-Encoding',
    ...(gzip && { 'content-encoding': 'gzip' }),
  });
  const done = () => undefined;
  if (gzip) pipeline(createReadStream(file), createGzip(), response, done);
  else pipeline(createReadStream(file), response, done);
};

const startNode = async ({ dist, pages, aliases }: Options): Promise<Served> => {
  const site = createHandler(resolve(dist));
  const siteHeaders = securityHeaders();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    const alias = aliases[path];
    if (alias) return sendStatic(request, response, join(resolve(dist), alias), siteHeaders);
    if (/^\/__(limit|peer)\//.test(path) && !path.includes('..')) {
      const base = join(resolve(pages), path);
      const file = [base, `${base}.html`, join(base, 'index.html')].find(
        (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
      );
      if (file) return sendStatic(request, response, file);
      response.writeHead(404).end();
      return;
    }
    return site(request, response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    kind: 'node',
    close: () => new Promise((closed) => server.close(() => closed())),
  };
};

export const startServer = (options: Options): Promise<Served> => (hasNginx() ? startNginx(options) : startNode(options));
