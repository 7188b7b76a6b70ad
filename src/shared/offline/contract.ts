// What the service worker (src/service-worker) and the pages agree on: the caches, what a kept page says
// about itself, and the messages between them. Nothing else is shared, and this module imports nothing,
// so the worker stays one small file.

/** The worker's own address, the only script URL the Trusted Types policy accepts. */
export const WORKER_URL = '/sw.js';
/** The one Trusted Types policy the content security policy allows (`trusted-types sw`). */
export const WORKER_POLICY = 'sw';

/** A build's code, styles, fonts and offline pages, kept at install: `reader-build-<id>`. */
export const BUILD_CACHE_PREFIX = 'reader-build-';
/** Article pages as the reader opened them: the last KEPT_PER_LANGUAGE in each language. */
export const OPENED_CACHE = 'reader-opened';
/** The saved articles' pages, in every language, for as long as they are saved. */
export const SAVED_CACHE = 'reader-saved';
/** Data and photos the pages fetched: those of kept articles, and the latest others. */
export const DATA_CACHE = 'reader-data';
/** The worker's own notes (the order in which builds were activated). */
export const META_CACHE = 'reader-meta';

/** Article pages kept for reading offline, in each language. */
export const KEPT_PER_LANGUAGE = 50;
/** Data files and photos kept besides those of kept articles. */
export const OTHER_DATA_KEPT = 100;
/** How long a page or data request may take before a kept copy is shown instead. */
export const NETWORK_TIMEOUT_MS = 3_000;

/** What a kept page says about itself, in its stored response's headers. */
export interface KeptPage {
  /** Its address: `/kk/articles/x`. */
  path: string;
  articleId: string;
  /** The headline as the page shows it, in the language of the version shown. */
  headline: string;
  headlineLang: string;
  publishedAt: string;
  /** When the reader last opened it (ms since the epoch). */
  openedAt: number;
}

const HEADERS = {
  articleId: 'x-reader-article',
  headline: 'x-reader-headline',
  headlineLang: 'x-reader-headline-lang',
  publishedAt: 'x-reader-published',
  openedAt: 'x-reader-opened',
} as const;

/** When a data file or photo was stored (ms since the epoch), in its stored copy's headers. */
export const STORED_AT = 'x-reader-stored';

/** A copy of a response, with headers added (a fetched response's own headers cannot be changed). */
const withHeaders = async (response: Response, added: Record<string, string>): Promise<Response> => {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(added)) headers.set(name, value);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
};

/** A response to keep, with what the page says about itself (header values are Latin-1: text is encoded). */
export const withKeptPage = (response: Response, page: Omit<KeptPage, 'path'>): Promise<Response> =>
  withHeaders(response, {
    [HEADERS.articleId]: page.articleId,
    [HEADERS.headline]: encodeURIComponent(page.headline),
    [HEADERS.headlineLang]: page.headlineLang,
    [HEADERS.publishedAt]: page.publishedAt,
    [HEADERS.openedAt]: String(page.openedAt),
  });

/** A data file or photo to store, with when it was stored. */
export const storedCopy = (response: Response, now: number): Promise<Response> => withHeaders(response, { [STORED_AT]: String(now) });

/** What a kept response says about its page; null for a response kept without it. */
export const keptPageOf = (path: string, response: Response): KeptPage | null => {
  const get = (name: string) => response.headers.get(name);
  const [articleId, headline, headlineLang, publishedAt, openedAt] = [
    get(HEADERS.articleId),
    get(HEADERS.headline),
    get(HEADERS.headlineLang),
    get(HEADERS.publishedAt),
    Number(get(HEADERS.openedAt)),
  ];
  if (!articleId || !headline || !headlineLang || !publishedAt || !Number.isFinite(openedAt)) return null;
  try {
    return { path, articleId, headline: decodeURIComponent(headline), headlineLang, publishedAt, openedAt };
  } catch {
    return null;
  }
};

/** The kept pages to drop: all but the `limit` opened last. */
export const pagesToDrop = <P extends { path: string; openedAt: number }>(pages: readonly P[], limit: number): P[] =>
  [...pages].sort((a, b) => b.openedAt - a.openedAt || (a.path < b.path ? -1 : 1)).slice(limit);

/** An article page's address: its language and article. */
export const ARTICLE_PAGE = /^\/([^/]+)\/articles\/([^/]+)$/;
/** The article a data file or photo belongs to: `/articles/<id>/…` or `/data/articles/<id>.json`. */
export const ARTICLE_FILE = /^\/(?:articles\/([^/]+)\/|data\/articles\/([^/]+)\.json$)/;

export const articleOfPage = (path: string): { lang: string; articleId: string } | null => {
  const match = ARTICLE_PAGE.exec(path);
  return match && !match[2]!.startsWith('_') ? { lang: match[1]!, articleId: decodeURIComponent(match[2]!) } : null;
};

export const articleOfFile = (path: string): string | null => {
  const match = ARTICLE_FILE.exec(path);
  const id = match?.[1] ?? match?.[2];
  return id === undefined ? null : decodeURIComponent(id);
};

/** Messages a page sends the worker. */
export type WorkerMessage =
  /** Take over from the version the page runs (the reader chose to reload). */
  | { type: 'skip-waiting' }
  /** The kept pages changed: drop what no kept page needs any more (old builds, data, photos). */
  | { type: 'tidy' };
