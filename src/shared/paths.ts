// Every address the app links to or fetches is built here, so a shared link keeps its meaning.
import type { Lang } from './content/schema';
import { isLang, LANGS } from './content/schema';

const id = (value: string) => encodeURIComponent(value);
const fragment = (blockId?: string) => (blockId ? `#${id(blockId)}` : '');

/** Addresses of pages, with the interface language first. */
export const paths = {
  root: () => '/',
  home: (lang: Lang) => `/${lang}/`,
  article: (lang: Lang, articleId: string, blockId?: string) => `/${lang}/articles/${id(articleId)}${fragment(blockId)}`,
} as const;

/** Addresses of content files and of the data the build derives from them. */
export const dataPaths = {
  article: (articleId: string, lang: Lang) => `/articles/${id(articleId)}/${lang}.json`,
  articleVersions: (articleId: string) => `/data/articles/${id(articleId)}.json`,
  latest: (page: number) => `/data/latest/${page}.json`,
  entities: () => '/entities.json',
} as const;

/** Route patterns for the router; they mirror `paths`. */
export const routes = {
  lang: '/:lang',
  article: 'articles/:id',
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

export { LANGS };
