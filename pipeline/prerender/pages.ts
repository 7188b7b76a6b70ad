// Every page the build writes as static HTML, and the file each one goes to.
import { LANGS, type Lang } from '../../src/shared/languages.ts';
import { paths } from '../../src/shared/paths.ts';

export type Page =
  | { kind: 'root'; path: string }
  | { kind: 'home'; path: string; lang: Lang }
  | { kind: 'article'; path: string; lang: Lang; id: string }
  | { kind: SectionKind; path: string; lang: Lang }
  | { kind: 'person'; path: string; lang: Lang; id: string }
  | { kind: 'not-found'; path: string; lang: Lang; what: NotFoundKind };

export type NotFoundKind = 'page' | 'article';

/** The cross-article pages, each prerendered in its default view (no `?query`: the browser applies that). */
export const SECTION_KINDS = ['quotes', 'awards', 'timeline', 'search'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The address of a section page in its default view. */
export const sectionPath = (kind: SectionKind, lang: Lang): string => paths[kind](lang);

/**
 * The address a not-found document is rendered at (never a valid id, so never a page); the server sends
 * it for unknown addresses: the article one under `/{lang}/articles/`, the general one elsewhere.
 */
export const notFoundPath = (lang: Lang, what: NotFoundKind) =>
  what === 'article' ? `/${lang}/articles/_not-found` : `/${lang}/_not-found`;

/**
 * Root, then per language: home, not-found, every article, the section pages (quotes, awards, timeline,
 * search) and every person's page (in every interface language).
 */
export const listPages = (articleIds: Iterable<string>, personIds: Iterable<string> = []): Page[] => {
  const ids = [...articleIds];
  const people = [...personIds];
  return [
    { kind: 'root', path: paths.root() },
    ...LANGS.flatMap((lang): Page[] => [
      { kind: 'home', path: paths.home(lang), lang },
      { kind: 'not-found', path: notFoundPath(lang, 'page'), lang, what: 'page' },
      { kind: 'not-found', path: notFoundPath(lang, 'article'), lang, what: 'article' },
      ...ids.map((id): Page => ({ kind: 'article', path: paths.article(lang, id), lang, id })),
      ...SECTION_KINDS.map((kind): Page => ({ kind, path: sectionPath(kind, lang), lang })),
      ...people.map((id): Page => ({ kind: 'person', path: paths.person(lang, id), lang, id })),
    ]),
  ];
};

/** `/` → index.html, `/en/` → en/index.html, `/en/articles/x` → en/articles/x.html, `/en/quotes` → en/quotes.html. */
export const outputFile = (path: string): string => {
  const relative = decodeURIComponent(path).replace(/^\//, '');
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return `${relative}.html`;
};
