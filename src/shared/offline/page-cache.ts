// The pages' side of reading offline: pages keep copies of articles in the caches the service worker
// answers from (src/shared/offline/contract.ts), once a worker is there to answer.
import {
  DATA_CACHE,
  KEPT_PER_LANGUAGE,
  keptPageOf,
  OPENED_CACHE,
  pagesToDrop,
  SAVED_CACHE,
  storedCopy,
  withKeptPage,
  type KeptPage,
  type WorkerMessage,
} from './contract';

/** Whether this browser can read offline: a service worker, and caches the page can write. */
export const canKeepOffline = (): boolean =>
  typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

/** Resolves once a worker is active for the site (never, where there is none: nothing is kept for no one). */
export const workerReady = (): Promise<ServiceWorkerRegistration> =>
  canKeepOffline() ? navigator.serviceWorker.ready : new Promise<ServiceWorkerRegistration>(() => undefined);

/** Tells the active worker something. */
export const tellWorker = async (message: WorkerMessage): Promise<void> => {
  (await workerReady()).active?.postMessage(message);
};

/** A page as the server (or, offline, the worker's copy) has it; null when neither answers. */
export const fetchPage = async (path: string): Promise<Response | null> => {
  try {
    const response = await fetch(path, { headers: { accept: 'text/html' } });
    return response.ok ? response : null;
  } catch {
    return null;
  }
};

/**
 * Keeps an article page the reader opened, with what it says about itself, and drops the pages of its
 * language opened longest ago beyond KEPT_PER_LANGUAGE (the worker then drops what only they needed).
 */
export const keepOpenedPage = async (lang: string, page: KeptPage, files: readonly string[]): Promise<void> => {
  await workerReady();
  const response = await fetchPage(page.path);
  if (!response) return;
  await keepFiles(files);
  const cache = await caches.open(OPENED_CACHE);
  await cache.put(page.path, await withKeptPage(response, page));
  const ofLanguage = (await listPages(OPENED_CACHE)).filter((kept) => kept.path.startsWith(`/${lang}/`));
  const dropped = pagesToDrop(ofLanguage, KEPT_PER_LANGUAGE);
  await Promise.all(dropped.map((kept) => cache.delete(kept.path)));
  if (dropped.length) await tellWorker({ type: 'tidy' });
};

/**
 * Keeps the data files and photos a kept page needs, where the worker looks for them offline (those
 * fetched before the worker took over went past it). The worker keeps them while the page is kept.
 */
export const keepFiles = async (urls: readonly string[]): Promise<void> => {
  const cache = await caches.open(DATA_CACHE);
  await Promise.all(
    urls.map(async (url) => {
      // Kept already (the worker keeps what the page fetches once it has taken over, and renews it).
      if (await cache.match(url)) return;
      const response = await fetch(url).catch(() => null);
      if (response?.ok) await cache.put(url, await storedCopy(response, Date.now()));
    }),
  );
};

/** Keeps a saved article's pages, one per interface language, for as long as it is saved. */
export const keepSavedPages = async (pages: readonly KeptPage[], files: readonly string[]): Promise<void> => {
  await workerReady();
  await keepFiles(files);
  const cache = await caches.open(SAVED_CACHE);
  await Promise.all(
    pages.map(async (page) => {
      const response = await fetchPage(page.path);
      if (response) await cache.put(page.path, await withKeptPage(response, page));
    }),
  );
};

/** Drops a saved article's pages (the worker then drops what only they needed). */
export const dropSavedPages = async (paths: readonly string[]): Promise<void> => {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(SAVED_CACHE);
  await Promise.all(paths.map((path) => cache.delete(path)));
  if (canKeepOffline()) await tellWorker({ type: 'tidy' });
};

/** The pages a cache keeps, with what each says about itself, opened last first. */
export const listPages = async (cacheName: string): Promise<KeptPage[]> => {
  if (typeof caches === 'undefined') return [];
  const cache = await caches.open(cacheName);
  const pages = await Promise.all(
    (await cache.keys()).map(async (request) => {
      const response = await cache.match(request);
      return response ? keptPageOf(new URL(request.url).pathname, response) : null;
    }),
  );
  return pages.filter((page): page is KeptPage => page !== null).sort((a, b) => b.openedAt - a.openedAt);
};
