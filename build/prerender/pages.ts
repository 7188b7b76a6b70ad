// Every page the build writes as static HTML, and the file each one goes to.
import { LANGS, type Lang } from '../../src/shared/content/schema.ts';
import { paths } from '../../src/shared/paths.ts';

export type Page =
  | { kind: 'root'; path: string }
  | { kind: 'home'; path: string; lang: Lang }
  | { kind: 'article'; path: string; lang: Lang; id: string }
  | { kind: 'not-found'; path: string; lang: Lang; what: NotFoundKind };

export type NotFoundKind = 'page' | 'article';

/**
 * The address a not-found document is rendered at (never a valid id, so never a page); the server sends
 * it for unknown addresses: the article one under `/{lang}/articles/`, the general one elsewhere.
 */
export const notFoundPath = (lang: Lang, what: NotFoundKind) =>
  what === 'article' ? `/${lang}/articles/_not-found` : `/${lang}/_not-found`;

/** Root, then per language: home, not-found, and every article (in every interface language). */
export const listPages = (articleIds: Iterable<string>): Page[] => {
  const ids = [...articleIds];
  return [
    { kind: 'root', path: paths.root() },
    ...LANGS.flatMap((lang): Page[] => [
      { kind: 'home', path: paths.home(lang), lang },
      { kind: 'not-found', path: notFoundPath(lang, 'page'), lang, what: 'page' },
      { kind: 'not-found', path: notFoundPath(lang, 'article'), lang, what: 'article' },
      ...ids.map((id): Page => ({ kind: 'article', path: paths.article(lang, id), lang, id })),
    ]),
  ];
};

/** `/` → index.html, `/en/` → en/index.html, `/en/articles/x` → en/articles/x.html. */
export const outputFile = (path: string): string => {
  const relative = decodeURIComponent(path).replace(/^\//, '');
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return `${relative}.html`;
};
