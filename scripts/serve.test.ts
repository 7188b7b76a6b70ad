import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPages, outputFile } from '../pipeline/prerender/pages.ts';
import { chooseLanguage } from '../src/features/language/model/preferred-language.ts';
import { LANGS, type Lang } from '../src/shared/languages.ts';
import { cacheControl, createHandler, languageRules, listenFailure, serve, type Route } from './serve.mjs';

const rules = languageRules(LANGS);
const { languageRedirect, preferredLanguage, route } = rules;

// A small dist folder: every file holds its own relative path, so a response shows which file it is.
const FILES = [
  'index.html',
  'en/index.html',
  'en/_not-found.html',
  'en/articles/_not-found.html',
  'kk/_not-found.html',
  'kk/articles/_not-found.html',
  'kk-Latn/_not-found.html',
  'kk-Latn/articles/_not-found.html',
  'en/articles/x.html',
  'assets/app-abc.js',
  'data/latest/1.json',
  'kk/feed.xml',
  'kk/feed.json',
  'en/people/x.html',
  'en/people/x/feed.xml',
];

/** Files beside the root, which no address may reach. */
const OUTSIDE = ['secret.html', 'secret.json', 'dist-other/x.html'];

const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

let base: string;
let root: string;
const at = (relative: string) => join(root, ...relative.split('/'));

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'reader-serve-'));
  root = join(base, 'dist');
  for (const file of FILES) write(at(file), `file:${file}`);
  for (const file of OUTSIDE) write(join(base, ...file.split('/')), 'outside the root');
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

/** What route() should answer, with a function of the reader's language for the redirects that use it. */
type Expected = { redirect: string; temporary?: true } | { file: string; status: 200 | 404 };

describe('route', () => {
  // `preferred` is ru throughout, so a redirect that ignores it (or uses the default, en) shows.
  const preferred: Lang = 'ru';
  it.each<[string, Expected]>([
    ['/', { redirect: '/ru/', temporary: true }],
    ['/en', { redirect: '/en/' }],
    ['/en/', { file: 'en/index.html', status: 200 }],
    ['/en/articles/x', { file: 'en/articles/x.html', status: 200 }],
    ['/en/articles/x/', { redirect: '/en/articles/x' }],
    ['/kk/nope', { file: 'kk/_not-found.html', status: 404 }],
    ['/kk/articles/nope', { file: 'kk/articles/_not-found.html', status: 404 }],
    ['/de/articles/x', { redirect: '/ru/articles/x', temporary: true }],
    // A regional tag of one of our languages keeps its language, whatever the reader prefers.
    ['/kk-KZ/articles/x', { redirect: '/kk/articles/x', temporary: true }],
    // kk-Latn is a language of ours, not kk with a region; its own regional tag keeps it.
    ['/kk-Latn', { redirect: '/kk-Latn/' }],
    ['/kk-Latn/nope', { file: 'kk-Latn/_not-found.html', status: 404 }],
    ['/kk-Latn/articles/nope', { file: 'kk-Latn/articles/_not-found.html', status: 404 }],
    ['/kk-Latn-KZ/articles/x', { redirect: '/kk-Latn/articles/x', temporary: true }],
    ['/articles/x', { redirect: '/ru/articles/x', temporary: true }],
    ['/data/latest/1.json', { file: 'data/latest/1.json', status: 200 }],
    ['/data/missing.json', { file: 'en/_not-found.html', status: 404 }],
    ['/assets/app-abc.js', { file: 'assets/app-abc.js', status: 200 }],
    ['/assets/missing.js', { file: 'en/_not-found.html', status: 404 }],
    // The not-found documents are answers, never pages of their own.
    ['/en/_not-found', { file: 'en/_not-found.html', status: 404 }],
    ['/en/_not-found.html', { file: 'en/_not-found.html', status: 404 }],
    ['/kk/articles/_not-found', { file: 'kk/articles/_not-found.html', status: 404 }],
  ])('%s', (urlPath, expected) => {
    const answer = route(root, urlPath, preferred);
    expect(answer).toEqual('file' in expected ? { ...expected, file: at(expected.file) } : expected);
  });

  it('sends `/` to English when no language is preferred', () => {
    expect(route(root, '/')).toEqual({ redirect: '/en/', temporary: true });
  });

  it.each([
    '/../secret',
    '/../secret.html',
    '/../secret.json',
    '/en/../../secret',
    '/en/articles/../../../secret.json',
    '/assets/../../secret.json',
    '/..',
    '/../',
    // A sibling folder whose name starts with the root's name.
    '/../dist-other/x',
    '/../dist-other/x.html',
    '/../../../../../../etc/passwd',
  ])('never leaves the root: %s', (urlPath) => {
    for (const lang of LANGS) {
      const answer = route(root, urlPath, lang);
      if ('file' in answer && answer.file !== null) expect(answer.file.startsWith(root + sep)).toBe(true);
      if ('redirect' in answer) expect(answer.redirect).toMatch(/^\/(en|kk|kk-Latn|ru)\//);
    }
  });

  it('serves every page the prerender writes, from the file it writes it to', () => {
    const site = join(base, 'prerendered');
    const pages = listPages(['2023-04-27-assembly-32nd-session', 'other']);
    for (const page of pages) write(join(site, outputFile(page.path)), page.path);
    for (const page of pages) {
      const file = join(site, outputFile(page.path));
      const expected: Route =
        page.kind === 'root'
          ? { redirect: '/kk/', temporary: true }
          : page.kind === 'not-found'
            ? { file, status: 404 }
            : { file, status: 200 };
      expect(route(site, page.path, 'kk'), page.path).toEqual(expected);
    }
  });
});

describe('languageRedirect', () => {
  it.each<[string, string | null]>([
    ['/', '/kk/'],
    ['/en/', null],
    ['/en/articles/x', null],
    ['/en', null],
    ['/kk-KZ/articles/x', '/kk/articles/x'],
    ['/ru_RU/articles/x', '/ru/articles/x'],
    ['/en-GB/', '/en/'],
    ['/de/articles/x', '/kk/articles/x'],
    ['/zh-Hant-TW/articles/x', '/kk/articles/x'],
    ['/articles/x', '/kk/articles/x'],
    ['/data/missing.json', null],
    ['/favicon.ico', null],
  ])('%s → %s', (urlPath, expected) => {
    expect(languageRedirect(urlPath, 'kk')).toBe(expected);
  });
});

describe('cacheControl', () => {
  it.each([
    ['/assets/app-abc.js', 'public, max-age=31536000, immutable'],
    ['/assets/fonts/noto.woff2', 'public, max-age=31536000, immutable'],
    ['/en/', 'no-cache'],
    ['/en/articles/x', 'no-cache'],
    ['/data/latest/1.json', 'no-cache'],
    ['/cards/x/kk.png', 'no-cache'],
    ['/sitemap.xml', 'no-cache'],
  ])('%s → %s', (urlPath, expected) => {
    expect(cacheControl(urlPath)).toBe(expected);
  });

  it.each([
    ['/data/latest/3.json', '?v=0123abcd45', 'public, max-age=31536000, immutable'],
    ['/data/quotes/speaker/someone/0.json', '?v=0123abcd45', 'public, max-age=31536000, immutable'],
    ['/data/awards/medal/1/2.json', '?v=0123abcd45', 'public, max-age=31536000, immutable'],
    ['/data/timeline/2023-04/1.json', '?v=0123abcd45', 'public, max-age=31536000, immutable'],
    ['/data/latest/3.json', '', 'no-cache'],
    ['/data/latest/3.json', '?v=latest', 'no-cache'],
    ['/data/latest/head.json', '?v=0123abcd45', 'no-cache'],
    ['/data/search/docs/3.json', '?v=0123abcd45', 'no-cache'],
  ])('a list part %s%s → %s', (urlPath, search, expected) => {
    expect(cacheControl(urlPath, search)).toBe(expected);
  });
});

describe('preferredLanguage', () => {
  it.each<[string, string | undefined, string | undefined, Lang]>([
    ['the saved choice wins over the browser', 'reader_lang=kk', 'ru', 'kk'],
    ['the saved choice among other cookies', 'theme=dark; reader_lang=ru; x=1', 'kk-KZ', 'ru'],
    ['the first browser language we speak', '', 'kk-KZ,ru;q=0.8', 'kk'],
    ['a later browser language when the first is foreign', '', 'de-DE,ru-RU;q=0.8', 'ru'],
    ['spaces after commas', '', 'fr-CA, kk;q=0.5', 'kk'],
    ['tags in capitals', '', 'KK-kz', 'kk'],
    ['the Latin script chooses the Latin edition', '', 'kk-Latn,kk;q=0.9', 'kk-Latn'],
    ['the Latin script with a region', '', 'de, kk-latn-KZ;q=0.8', 'kk-Latn'],
    ['plain Kazakh keeps Cyrillic', '', 'kk,kk-Latn;q=0.5', 'kk'],
    ['Kazakh in Cyrillic script keeps Cyrillic', '', 'kk-Cyrl-KZ', 'kk'],
    ['the saved Latin edition', 'reader_lang=kk-Latn', 'ru', 'kk-Latn'],
    ['English when we speak none of them', '', 'de', 'en'],
    ['English for an empty header', '', '', 'en'],
    ['English when there are no headers', undefined, undefined, 'en'],
    ['a bogus saved value is ignored', 'reader_lang=de', 'ru', 'ru'],
    ['a saved value that only starts like a language is ignored', 'reader_lang=kkk', 'ru', 'ru'],
    ['a saved value in capitals is ignored, as the app does', 'reader_lang=KK', 'ru', 'ru'],
    ['another cookie whose name ends like ours is ignored', 'xreader_lang=kk', 'ru', 'ru'],
  ])('%s', (_, cookie, acceptLanguage, expected) => {
    expect(preferredLanguage(cookie, acceptLanguage)).toBe(expected);
  });

  // The server and the app must send a reader to the same language.
  it.each<[readonly string[]]>([
    [['kk-KZ', 'ru-RU']],
    [['de-DE', 'ru-RU']],
    [['de-DE', 'fr']],
    [[]],
    [['en-GB', 'kk']],
    [['KK']],
    [['ru_KZ']],
    [['de', 'kk']],
    [['zh-Hant-TW', 'ru']],
    [['enx', 'ru']],
    [['kkk', 'en']],
    [['x-kk', 'ru']],
    [['ru-419']],
    [['kk-Latn']],
    [['kk-latn-kz', 'ru']],
    [['kk_Latn']],
    [['kk-Cyrl', 'kk-Latn']],
    [['kk-Arab']],
  ])('agrees with chooseLanguage for browser languages %j', (tags) => {
    expect(preferredLanguage('', tags.join(','))).toBe(chooseLanguage(null, tags));
  });
});

describe('createHandler', () => {
  let server: Server;
  let origin: string;
  /** Errors the handler threw: on a bare server each one would end the process. */
  const thrown: unknown[] = [];

  beforeAll(async () => {
    const handler = createHandler(root, rules);
    server = createServer((request, response) => {
      try {
        handler(request, response);
      } catch (error) {
        thrown.push(error);
        response.statusCode = 500;
        response.end(String(error));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    fetch(`${origin}${path}`, { method, headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });

  it.each<[string, Record<string, string>, number, Record<string, string | null>, string?]>([
    ['/en/', {}, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }, 'file:en/index.html'],
    ['/en/articles/x', {}, 200, { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' }, 'file:en/articles/x.html'],
    [
      '/assets/app-abc.js',
      {},
      200,
      { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' },
      'file:assets/app-abc.js',
    ],
    [
      '/data/latest/1.json',
      {},
      200,
      { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' },
      'file:data/latest/1.json',
    ],
    ['/kk/feed.xml', {}, 200, { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-cache' }, 'file:kk/feed.xml'],
    ['/kk/feed.json', {}, 200, { 'content-type': 'application/feed+json; charset=utf-8' }, 'file:kk/feed.json'],
    // A person's page and their feed, in the folder of the same name.
    ['/en/people/x', {}, 200, { 'content-type': 'text/html; charset=utf-8' }, 'file:en/people/x.html'],
    ['/en/people/x/feed.xml', {}, 200, { 'content-type': 'application/atom+xml; charset=utf-8' }, 'file:en/people/x/feed.xml'],
    ['/', { cookie: 'reader_lang=kk' }, 302, { location: '/kk/', vary: 'Cookie, Accept-Language', 'cache-control': 'no-cache' }],
    ['/', { 'accept-language': 'ru-RU,en;q=0.5' }, 302, { location: '/ru/' }],
    ['/?utm_source=x', { 'accept-language': 'kk' }, 302, { location: '/kk/?utm_source=x' }],
    ['/', { 'accept-language': 'kk-Latn-KZ,kk;q=0.8' }, 302, { location: '/kk-Latn/' }],
    ['/en', {}, 301, { location: '/en/', vary: null }],
    ['/en?x=1', {}, 301, { location: '/en/?x=1' }],
    ['/en/articles/x/', {}, 301, { location: '/en/articles/x' }],
    ['/de/articles/x', { 'accept-language': 'kk-KZ' }, 302, { location: '/kk/articles/x', vary: 'Cookie, Accept-Language' }],
    ['/kk-KZ/articles/x', { cookie: 'reader_lang=ru' }, 302, { location: '/kk/articles/x' }],
    [
      '/kk/articles/nope',
      {},
      404,
      { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
      'file:kk/articles/_not-found.html',
    ],
    ['/kk/nope', {}, 404, { 'cache-control': 'no-cache' }, 'file:kk/_not-found.html'],
    ['/assets/missing.js', {}, 404, { 'cache-control': 'no-cache' }, 'file:en/_not-found.html'],
    ['/data/missing.json', {}, 404, { 'cache-control': 'no-cache' }, 'file:en/_not-found.html'],
    ['/en/_not-found', {}, 404, {}, 'file:en/_not-found.html'],
    // No not-found document in this language: a plain answer, still a 404.
    ['/ru/nope', {}, 404, { 'cache-control': 'no-cache' }, 'Not found'],
    // `%2f` is decoded after the URL is parsed, so `..` reaches route(), which keeps it inside the root.
    ['/..%2f..%2fsecret.json', {}, 404, {}, 'file:en/_not-found.html'],
  ])('GET %s %j → %i', async (path, headers, status, expectedHeaders, body) => {
    const response = await get(path, headers);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(expectedHeaders)) expect(response.headers.get(name), name).toBe(value);
    if (body !== undefined) expect(await response.text()).toBe(body);
  });

  it.each([
    ['/en/', 'file:en/index.html'],
    ['/data/latest/1.json', 'file:data/latest/1.json'],
    ['/assets/app-abc.js', 'file:assets/app-abc.js'],
  ])('gzips %s when asked', async (path, body) => {
    const zipped = await get(path, { 'accept-encoding': 'gzip' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(await zipped.text()).toBe(body);
    const plain = await get(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe(String(body.length));
  });

  it('sends the compressed copy the build wrote of an asset, as it is', async () => {
    // What the build writes beside a hashed asset (pipeline/vite-plugin-precompress.ts), marked so that it shows.
    write(at('assets/app-abc.css'), 'file:assets/app-abc.css');
    const zipped = gzipSync('precompressed:assets/app-abc.css', { level: 9 });
    writeFileSync(at('assets/app-abc.css.gz'), zipped);
    const response = await get('/assets/app-abc.css', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe('precompressed:assets/app-abc.css');
    // Without gzip, the file itself; a page is never sent from a .gz beside it.
    expect(await (await get('/assets/app-abc.css')).text()).toBe('file:assets/app-abc.css');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('/en/', {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String('file:en/index.html'.length));
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s with 405', async (method) => {
    const response = await get('/en/', {}, method);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each(['/%E0%A4%A', '/en/articles/%', '/%ZZ'])('answers malformed percent-encoding %s with 400', async (path) => {
    expect((await get(path)).status).toBe(400);
  });

  // fetch() resolves `..` itself, so these go out raw.
  it.each(['/../secret.json', '/../../secret.html', '/en/../../secret.json', '/../dist-other/x.html'])(
    'never sends a file outside the root for %s',
    async (path) => {
      const body = await new Promise<string>((resolve, reject) => {
        const request = httpRequest(`${origin}/`, { path, headers: { 'accept-encoding': 'identity' } }, (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve(text));
        });
        request.on('error', reject);
        request.end();
      });
      expect(body).not.toContain('outside the root');
    },
  );

  // Readers type addresses in their own script: `/мақалалар`, `/de/статьи`. The redirect must carry the
  // path percent-encoded (as nginx does); a raw Cyrillic Location header makes writeHead throw, which on
  // the real server (scripts/serve.mjs `serve()`) is an uncaught exception that ends the process.
  it.each([
    ['/%D0%BC%D0%B0%D2%9B%D0%B0%D0%BB%D0%B0%D0%BB%D0%B0%D1%80', '/en/мақалалар'],
    ['/de/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D0%B8', '/en/статьи'],
  ])('redirects %s without throwing', async (path, decoded) => {
    thrown.length = 0;
    const response = await get(path);
    expect(thrown).toEqual([]);
    expect(response.status).toBe(302);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^[\x21-\x7e]+$/);
    expect(decodeURIComponent(location)).toBe(decoded);
  });
});

describe('a port that cannot be used', () => {
  it('makes serve() fail, and listenFailure says so in one line that names another port', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const error: unknown = await serve({ root: base, port, host: '127.0.0.1', langs: LANGS }).then(
        (server) => {
          server.close();
          return null;
        },
        (failure: unknown) => failure,
      );
      expect(error).toMatchObject({ code: 'EADDRINUSE' });
      expect(listenFailure(error, { port })).toBe(
        `Port ${port} is already in use (by another server, or the reader started before). Pick another port: PORT=8080 npm start`,
      );
    } finally {
      taken.close();
    }
  });

  it('leaves other errors to their own message', () => {
    expect(listenFailure(new Error('something else'))).toBeNull();
  });
});
