// The service worker: reading offline what was opened or saved, and never a mix of two builds' code.
// Built into one self-contained file, /sw.js, by scripts/build-service-worker.ts, which puts in the list of
// the build's files (the content security policy allows no importScripts). docs/decisions/0019-reading-beyond-the-visit.md
//
// - Install: the build's code, styles, fonts, offline pages and saved-list pages, in a cache of their own.
// - Pages and data: the network first; after NETWORK_TIMEOUT_MS, or without a network, the kept copy; a page
//   without one gets the offline page of its language, which lists what can be read.
// - Assets: from the cache of the build that has them (every build's names are unique), else the network.
// - A new version waits until the reader chooses to reload (the page shows the notice), then takes over.
import {
  articleOfFile,
  articleOfPage,
  BUILD_CACHE_PREFIX,
  DATA_CACHE,
  META_CACHE,
  NETWORK_TIMEOUT_MS,
  OPENED_CACHE,
  OTHER_DATA_KEPT,
  SAVED_CACHE,
  STORED_AT,
  storedCopy,
  type WorkerMessage,
} from '../shared/offline/contract';
import { assetsOf, buildsToKeep, filesToDrop } from './keep';

/** Put in by the build. */
declare const __OFFLINE_BUILD__: {
  /** A hash of everything kept at install: a new one means a new version. */
  id: string;
  /** Addresses to keep at install. */
  precache: string[];
  /** The offline page of each interface language, and the language of addresses that name none. */
  offlinePages: Record<string, string>;
  defaultLang: string;
};

// The worker's global scope, as far as this file uses it (the DOM library the project compiles with has no worker types).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}

const scope = self as unknown as WorkerScope;
const BUILD = __OFFLINE_BUILD__;
const BUILD_CACHE = `${BUILD_CACHE_PREFIX}${BUILD.id}`;
const ORIGIN = scope.location.origin;
const ACTIVATED = `${ORIGIN}/__activated-builds`;

scope.addEventListener('install', (event) => {
  // Fetched past the HTTP cache, so a page kept at install is this build's; one file missing fails the install.
  event.waitUntil(
    caches.open(BUILD_CACHE).then((cache) => cache.addAll(BUILD.precache.map((url) => new Request(url, { cache: 'no-cache' })))),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const meta = await caches.open(META_CACHE);
      const before = ((await (await meta.match(ACTIVATED))?.json()) as string[] | undefined) ?? [];
      await meta.put(ACTIVATED, Response.json([BUILD.id, ...before.filter((id) => id !== BUILD.id)].slice(0, 5)));
      await tidy();
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('message', (event) => {
  const message = event.data as WorkerMessage;
  if (message.type === 'skip-waiting') event.waitUntil(scope.skipWaiting());
  else if (message.type === 'tidy') event.waitUntil(tidy());
});

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== ORIGIN || url.pathname === '/sw.js') return;
  if (request.mode === 'navigate') event.respondWith(page(request, url));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
  else {
    const { response, stored } = data(request, url);
    event.respondWith(response);
    event.waitUntil(stored);
  }
});

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The network's answer, or `kept` when the network fails or takes longer than NETWORK_TIMEOUT_MS. Without a
 * kept copy there is nothing better to show: the network is waited for, and its failure thrown.
 */
const networkFirst = (network: Promise<Response>, kept: Response | undefined): Promise<Response> =>
  kept ? Promise.race([network, delay(NETWORK_TIMEOUT_MS).then(() => kept)]).catch(() => kept) : network;

/** A page: fresh, else the copy kept of it (opened, saved, or kept with the build), else the offline page. */
const page = async (request: Request, url: URL): Promise<Response> => {
  const kept = await caches.match(`${ORIGIN}${url.pathname}`);
  try {
    return await networkFirst(fetch(request), kept);
  } catch {
    const lang = url.pathname.split('/')[1] ?? '';
    const offline = await caches.match(BUILD.offlinePages[lang] ?? BUILD.offlinePages[BUILD.defaultLang]!, { cacheName: BUILD_CACHE });
    return offline ?? Response.error();
  }
};

/** An asset: unique to its build, so any build's copy is the right one. */
const asset = async (request: Request): Promise<Response> => (await caches.match(request)) ?? fetch(request);

let tidying: Promise<void> | undefined;

/** Data and photos: fresh, else the stored copy. `stored` settles once a fresh answer is stored. */
const data = (request: Request, url: URL): { response: Promise<Response>; stored: Promise<unknown> } => {
  const network = fetch(request);
  const stored = network
    .then(async (fresh) => {
      // Pages are kept by the page that shows them (with what the offline page lists), not here.
      if (!fresh.ok || fresh.headers.get('content-type')?.startsWith('text/html')) return;
      // Cloned at once, before the page reads the body.
      const copy = storedCopy(fresh.clone(), Date.now());
      await (await caches.open(DATA_CACHE)).put(`${ORIGIN}${url.pathname}${url.search}`, await copy);
      // One tidy for a burst of requests (a page loads several files at once).
      tidying ??= delay(2_000)
        .then(tidy)
        .finally(() => (tidying = undefined));
      await tidying;
    })
    .catch(() => undefined);
  const response = caches.match(request, { ignoreVary: true }).then((kept) => networkFirst(network, kept));
  return { response, stored };
};

/** Each request in a cache with its response. */
const entries = async (cache: Cache) => Promise.all((await cache.keys()).map(async (key) => ({ key, response: await cache.match(key) })));

/**
 * Drops what no kept page needs: builds that no kept page's HTML refers to (but the current one and the one
 * before it), and data files and photos of articles no longer kept (beyond OTHER_DATA_KEPT recent ones).
 */
const tidy = async (): Promise<void> => {
  const pages = [...(await entries(await caches.open(OPENED_CACHE))), ...(await entries(await caches.open(SAVED_CACHE)))];
  const keptArticles = new Set(pages.flatMap(({ key }) => articleOfPage(new URL(key.url).pathname)?.articleId ?? []));
  const pageAssets = new Set((await Promise.all(pages.map(async ({ response }) => assetsOf((await response?.text()) ?? '')))).flat());

  const buildNames = (await caches.keys()).filter((name) => name.startsWith(BUILD_CACHE_PREFIX));
  const builds = new Map(
    await Promise.all(
      buildNames.map(async (name) => {
        const keys = await (await caches.open(name)).keys();
        return [name.slice(BUILD_CACHE_PREFIX.length), new Set(keys.map((key) => new URL(key.url).pathname))] as const;
      }),
    ),
  );
  const activated = ((await (await (await caches.open(META_CACHE)).match(ACTIVATED))?.json()) as string[] | undefined) ?? [];
  const keep = buildsToKeep(BUILD.id, activated, builds, pageAssets);
  await Promise.all([...builds.keys()].filter((id) => !keep.has(id)).map((id) => caches.delete(`${BUILD_CACHE_PREFIX}${id}`)));

  const dataCache = await caches.open(DATA_CACHE);
  const files = (await entries(dataCache)).map(({ key, response }) => ({
    key,
    path: new URL(key.url).pathname,
    articleId: articleOfFile(new URL(key.url).pathname),
    storedAt: Number(response?.headers.get(STORED_AT) ?? 0),
  }));
  await Promise.all(filesToDrop(files, keptArticles, OTHER_DATA_KEPT).map((file) => dataCache.delete(file.key)));
};
