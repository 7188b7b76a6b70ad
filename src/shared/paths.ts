// Every address the app links to or fetches is built here, so a shared link keeps its meaning.
import type { NotFoundError } from './api/not-found';
import type { Lang } from './languages';
import { isLang } from './languages';

const id = (value: string) => encodeURIComponent(value);
const fragment = (blockId?: string) => (blockId ? `#${id(blockId)}` : '');

/** `?a=1&b=x` from the values that are set, in a fixed order so an address never changes needlessly. */
const queryString = (params: Record<string, string | number | null | undefined>): string => {
  const entries = Object.entries(params).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== null && entry[1] !== '',
  );
  // Page 1 is the page itself.
  const meaningful = entries.filter(([key, value]) => !(key === 'page' && value === 1));
  return meaningful.length ? `?${new URLSearchParams(meaningful.map(([key, value]) => [key, String(value)])).toString()}` : '';
};

/** The feed formats, each with its file extension and media type (the servers send the same types). */
export const FEED_FORMATS = {
  atom: { extension: 'xml', type: 'application/atom+xml', name: 'Atom' },
  json: { extension: 'json', type: 'application/feed+json', name: 'JSON Feed' },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;
export const FEED_FORMAT_NAMES = Object.keys(FEED_FORMATS) as FeedFormat[];

/** Addresses of pages, with the interface language first. */
export const paths = {
  root: () => '/',
  home: (lang: Lang) => `/${lang}/`,
  article: (lang: Lang, articleId: string, blockId?: string) => `/${lang}/articles/${id(articleId)}${fragment(blockId)}`,
  quotes: (lang: Lang, filter: { speaker?: string; page?: number } = {}) => `/${lang}/quotes${queryString(filter)}`,
  awards: (lang: Lang, filter: { award?: string; degree?: number | null; page?: number } = {}) => `/${lang}/awards${queryString(filter)}`,
  timeline: (lang: Lang, filter: { month?: string; page?: number } = {}) => `/${lang}/timeline${queryString(filter)}`,
  person: (lang: Lang, personId: string) => `/${lang}/people/${id(personId)}`,
  search: (lang: Lang, query?: string) => `/${lang}/search${queryString({ q: query })}`,
  /** The reader's saved articles, kept in their browser. */
  saved: (lang: Lang) => `/${lang}/saved`,
  /** What the service worker answers with for a page it has no copy of while the network is down. */
  offline: (lang: Lang) => `/${lang}/offline`,
  /** The latest articles as a feed, in an interface language. */
  feed: (lang: Lang, format: FeedFormat) => `/${lang}/feed.${FEED_FORMATS[format].extension}`,
  /** The latest articles that quote or award a person, as a feed. */
  personFeed: (lang: Lang, personId: string, format: FeedFormat) =>
    `/${lang}/people/${id(personId)}/feed.${FEED_FORMATS[format].extension}`,
  /**
   * The document the servers send for an unknown address (never a valid id, so never a page): the article
   * one under `/{lang}/articles/`, the general one elsewhere.
   */
  notFound: (lang: Lang, what: NotFoundError['what']) => (what === 'article' ? `/${lang}/articles/_not-found` : `/${lang}/_not-found`),
} as const;

/** The same page in another interface language: only the first path segment changes. */
export const withLang = (pathname: string, lang: Lang): string => {
  const [, first = '', ...rest] = pathname.split('/');
  return isLang(first) ? ['', lang, ...rest].join('/') || `/${lang}/` : `/${lang}${pathname}`;
};

const LANGUAGE_TAG = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/i;

/**
 * Where an address whose first segment is not one of our languages should go: a language-like first
 * segment (`/de/…`, `/kk-KZ/…`) is replaced, anything else is treated as a missing prefix.
 */
export const repairLangPrefix = (pathname: string, preferred: Lang): string => {
  const [, first = '', ...rest] = pathname.split('/');
  const tag = LANGUAGE_TAG.exec(first);
  if (!tag) return `/${preferred}${pathname.startsWith('/') ? pathname : `/${pathname}`}`;
  const base = tag[1]!.toLowerCase();
  const lang = isLang(base) ? base : preferred;
  return `/${lang}/${rest.join('/')}`;
};
