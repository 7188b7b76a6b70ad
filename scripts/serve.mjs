// The production server on Node alone: the same answers as deploy/nginx.conf (files, caching, headers),
// for machines without nginx. `node scripts/serve.mjs [dist]`; PORT and HOST override the address.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
/** Feeds (src/shared/paths.ts) have their own media types, as in deploy/nginx.conf. */
const FEED_TYPES = { 'feed.xml': 'application/atom+xml; charset=utf-8', 'feed.json': 'application/feed+json; charset=utf-8' };
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.map', '.webmanifest']);

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A stored part of a list or a page of a month: the app asks for it with its version (`?v=`), which changes with its bytes. */
const LIST_PART = /^\/data\/(?:latest|quotes|awards|timeline)\/(?:.+\/)?\d+\.json$/;
const VERSION = /^\?v=[0-9a-f]{8,64}$/;

/**
 * Hashed build output never changes, nor does a list part at one version (deploy/nginx.conf has the same
 * rule); everything else is checked with the server on each use.
 */
export const cacheControl = (urlPath, search = '') =>
  urlPath.startsWith('/assets/') || (LIST_PART.test(urlPath) && VERSION.test(search)) ? IMMUTABLE : 'no-cache';

const isFile = (path) => existsSync(path) && statSync(path).isFile();

const NOT_FOUND_DOCUMENT = /\/_not-found(\.html)?$/;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tags as one regex alternation, longest first, so that `kk-Latn` is tried before `kk`. */
export const tagPattern = (langs) =>
  [...langs]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');

/** The same, for a browser's language list, which may write a tag's hyphens as underscores (`kk_Latn`). */
export const browserTagPattern = (langs) => tagPattern(langs).replaceAll('-', '[-_]');

/**
 * The rules of addresses and languages for a site in these languages (the default first), the same as
 * deploy/nginx.conf with the files the build writes from src/shared/languages.ts.
 */
export const languageRules = (langs) => {
  const defaultLang = langs[0];
  const tags = tagPattern(langs);
  const notOurs = `(?!(?:${tags})(?:/|$))`;
  const browserTags = browserTagPattern(langs);
  const canonical = new Map(langs.map((lang) => [lang.toLowerCase(), lang]));

  /**
   * The reader's language for addresses that have none: the saved choice (cookie), else the first of the
   * browser's languages that we speak, else the default (the app's chooseLanguage(), for the server).
   */
  const preferredLanguage = (cookie = '', acceptLanguage = '') => {
    const saved = new RegExp(`(?:^|;\\s*)reader_lang=(${tags})(?:;|$)`).exec(cookie);
    if (saved) return saved[1];
    const browser = new RegExp(`(?:^|,)\\s*(${browserTags})(?:[-_;,\\s]|$)`, 'i').exec(acceptLanguage);
    return browser ? canonical.get(browser[1].toLowerCase().replaceAll('_', '-')) : defaultLang;
  };

  /** Where an address without one of our languages goes: `/kk-KZ/x` → `/kk/x`, `/de/x`, `/x` → `/{preferred}/x`. */
  const languageRedirect = (urlPath, preferred) => {
    if (urlPath === '/') return `/${preferred}/`;
    if (/\.[A-Za-z0-9]+$/.test(urlPath) || urlPath.startsWith('/assets/')) return null;
    const regional = new RegExp(`^/${notOurs}(${tags})[-_][A-Za-z0-9]{2,8}(?:[-_][A-Za-z0-9]{2,8})*/(.*)$`).exec(urlPath);
    if (regional) return `/${regional[1]}/${regional[2]}`;
    if (!new RegExp(`^/${notOurs}`).test(urlPath)) return null;
    const tagged = /^\/[A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,8})*\/(.*)$/.exec(urlPath);
    return `/${preferred}/${tagged ? tagged[1] : urlPath.slice(1)}`;
  };

  /**
   * How the server answers a path, the same way deploy/nginx.conf does: a file, a redirect, or the
   * not-found page in the language of the address.
   *  /en/ → en/index.html · /en/articles/x → en/articles/x.html · /en → 301 /en/ · /en/articles/x/ → 301
   */
  const route = (root, urlPath, preferred = defaultLang) => {
    const inside = (path) => {
      const full = normalize(join(root, path));
      return full === root || full.startsWith(root + sep) ? full : null;
    };
    const file = (path) => {
      const full = inside(path);
      return full && isFile(full) ? full : null;
    };
    if (urlPath === '/') return { redirect: languageRedirect(urlPath, preferred), temporary: true };
    const bare = new RegExp(`^/(${tags})$`).exec(urlPath);
    if (bare) return { redirect: `/${bare[1]}/` };
    if (!NOT_FOUND_DOCUMENT.test(urlPath)) {
      if (urlPath.endsWith('/') && urlPath !== '/' && file(`${urlPath.slice(0, -1)}.html`)) return { redirect: urlPath.slice(0, -1) };
      const found =
        (!urlPath.endsWith('/') && (file(urlPath) ?? file(`${urlPath}.html`))) || file(`${urlPath.replace(/\/?$/, '/')}index.html`);
      if (found) return { file: found, status: 200 };
    }
    const elsewhere = languageRedirect(urlPath, preferred);
    if (elsewhere) return { redirect: elsewhere, temporary: true };
    const [, first, second] = urlPath.split('/');
    const lang = langs.includes(first) ? first : defaultLang;
    const underArticles = lang === first && second === 'articles' && urlPath.startsWith(`/${lang}/articles/`);
    const notFound = file(`/${lang}/${underArticles ? 'articles/' : ''}_not-found.html`);
    return { file: notFound, status: 404 };
  };

  return { preferredLanguage, languageRedirect, route };
};

/** A decoded path made safe for a Location header again (`?` and `#` stay part of the path). */
const encodePath = (path) => encodeURI(path).replace(/\?/g, '%3F').replace(/#/g, '%23');

/**
 * The constant variables the build defines in a config file (deploy/inline-hashes.conf: the hashes of
 * the inline script and stylesheet; deploy/languages.conf: the site's languages), name → value; none
 * before the first build.
 */
export const buildVariables = (file) =>
  existsSync(file)
    ? Object.fromEntries(
        [...readFileSync(file, 'utf8').matchAll(/^map \$\w+ \$(\w+) \{ default "([^"]*)"; \}$/gm)].map(([, name, value]) => [name, value]),
      )
    : {};

/** Sent with every answer: the same file nginx includes (deploy/security-headers.conf), its variables filled in. */
export const securityHeaders = (
  file = new URL('../deploy/security-headers.conf', import.meta.url),
  variables = buildVariables(new URL('../deploy/inline-hashes.conf', import.meta.url)),
) =>
  Object.fromEntries(
    [...readFileSync(file, 'utf8').matchAll(/^add_header\s+([\w-]+)\s+"([^"]*)"\s+always;$/gm)].map(([, name, value]) => [
      name.toLowerCase(),
      value.replace(/\$(\w+)/g, (_, variable) => variables[variable] ?? ''),
    ]),
  );

/** The languages the build wrote to deploy/languages.conf, the default first. */
export const siteLanguages = (file = new URL('../deploy/languages.conf', import.meta.url)) => {
  const langs = buildVariables(file).site_languages?.split(' ').filter(Boolean) ?? [];
  if (langs.length === 0) throw new Error(`${file instanceof URL ? file.pathname : file} lists no languages: run \`npm run build\` first`);
  return langs;
};

export const createHandler = (root, { preferredLanguage, route } = languageRules(siteLanguages())) => {
  // Read when the server starts, after the build that wrote the hashes and the languages.
  const COMMON_HEADERS = securityHeaders();
  return (request, response) => {
    const raw = request.url ?? '/';
    const queryAt = raw.indexOf('?');
    const search = queryAt === -1 ? '' : raw.slice(queryAt);
    let urlPath;
    try {
      // Like nginx: slashes merged, percent-encoding decoded once.
      urlPath = decodeURIComponent((queryAt === -1 ? raw : raw.slice(0, queryAt)).replace(/\/{2,}/g, '/'));
    } catch {
      // A malformed address gets the designed not-found page, with its own status (as nginx does).
      const page = join(root, 'en', '_not-found.html');
      const body = existsSync(page) ? readFileSync(page) : 'Bad request';
      response
        .writeHead(400, {
          ...COMMON_HEADERS,
          'content-type': existsSync(page) ? TYPES['.html'] : 'text/plain; charset=utf-8',
          'cache-control': 'no-cache',
        })
        .end(body);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...COMMON_HEADERS, allow: 'GET, HEAD' }).end();
      return;
    }
    const answer = route(root, urlPath, preferredLanguage(request.headers.cookie, request.headers['accept-language']));
    if (answer.redirect) {
      const headers = { ...COMMON_HEADERS, location: `${encodePath(answer.redirect)}${search}`, 'cache-control': 'no-cache' };
      // A redirect that depends on the reader's language must not be cached for another reader.
      if (answer.temporary) headers.vary = 'Cookie, Accept-Language';
      response.writeHead(answer.temporary ? 302 : 301, headers).end();
      return;
    }
    const { file, status } = answer;
    if (!file) {
      response
        .writeHead(404, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' })
        .end('Not found');
      return;
    }
    const ext = extname(file);
    const headers = {
      'content-type': FEED_TYPES[basename(file)] ?? TYPES[ext] ?? 'application/octet-stream',
      'cache-control': status === 200 ? cacheControl(urlPath, search) : 'no-cache',
      ...COMMON_HEADERS,
      vary: 'Accept-Encoding',
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    // The build compressed its hashed assets already (like nginx's gzip_static); the rest is compressed now.
    const precompressed = gzip && status === 200 && urlPath.startsWith('/assets/') && isFile(`${file}.gz`) ? `${file}.gz` : null;
    if (gzip) headers['content-encoding'] = 'gzip';
    if (!gzip || precompressed) headers['content-length'] = statSync(precompressed ?? file).size;
    response.writeHead(status, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const done = () => undefined;
    if (precompressed) pipeline(createReadStream(precompressed), response, done);
    else if (gzip) pipeline(createReadStream(file), createGzip(), response, done);
    else pipeline(createReadStream(file), response, done);
  };
};

export const serve = ({
  root = resolve('dist'),
  port = Number(process.env.PORT ?? 4173),
  host = process.env.HOST ?? '127.0.0.1',
  langs = siteLanguages(),
} = {}) =>
  new Promise((resolvePromise, reject) => {
    const server = createServer(createHandler(resolve(root), languageRules(langs)));
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      console.log(`Serving ${root} at http://${host}:${server.address().port}/`);
      resolvePromise(server);
    });
  });

/** What went wrong when the server could not start, in one line that says what to do; else the error itself. */
export const listenFailure = (error, { port = Number(process.env.PORT ?? 4173), another = 'PORT=8080 npm start' } = {}) => {
  if (error?.code === 'EADDRINUSE')
    return `Port ${port} is already in use (by another server, or the reader started before). Pick another port: ${another}`;
  if (error?.code === 'EACCES') return `Port ${port} may not be used here. Pick another port: ${another}`;
  return null;
};

/** `serve()` for a command line: a port that cannot be used ends the process with one line, not a stack trace. */
export const serveOrExit = async (options, another) => {
  try {
    return await serve(options);
  } catch (error) {
    const line = listenFailure(error, { port: options?.port, another });
    if (!line) throw error;
    console.error(line);
    process.exit(1);
  }
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await serveOrExit({ root: process.argv[2] ?? 'dist' }, 'PORT=8080 npm run serve');
}
