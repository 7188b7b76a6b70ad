// Derived data: everything the app lists or indexes, generated from the article files by the build.
import type { ArticleVersions, Lang, LatestPage } from '../../src/shared/content/schema.ts';
import { LANGS } from '../../src/shared/content/schema.ts';
import { eventInstant } from '../../src/features/articles/model/sort-events.ts';
import type { ArticleFile } from './load.ts';

export const LATEST_PAGE_SIZE = 20;

/** The language an article was written in: the version that is not a translation. */
export const originalLang = (versions: ArticleFile[]): Lang =>
  (versions.find(({ article }) => article.translatedFrom === null) ?? versions[0]!).article.lang;

export const articleVersions = (id: string, versions: ArticleFile[]): ArticleVersions => {
  const original = versions.find(({ article }) => article.lang === originalLang(versions))!.article;
  return {
    id,
    publishedAt: original.publishedAt,
    original: original.lang,
    versions: LANGS.filter((lang) => versions.some(({ article }) => article.lang === lang)),
  };
};

/** The latest-articles list, newest first, cut into pages of a fixed size. */
export const latestPages = (articles: Map<string, ArticleFile[]>, pageSize = LATEST_PAGE_SIZE): LatestPage[] => {
  const items = [...articles].map(([id, versions]) => ({
    ...articleVersions(id, versions),
    versions: Object.fromEntries(versions.map(({ article }) => [article.lang, { headline: article.headline, summary: article.summary }])),
  }));
  items.sort((a, b) => eventInstant(b.publishedAt) - eventInstant(a.publishedAt) || a.id.localeCompare(b.id));
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    pageCount,
    total: items.length,
    items: items
      .slice(index * pageSize, (index + 1) * pageSize)
      .map(({ id, publishedAt, original, versions }) => ({ id, publishedAt, original, versions })),
  }));
};

/** Every derived file, by its path under the site root. */
export const deriveFiles = (articles: Map<string, ArticleFile[]>): Map<string, unknown> => {
  const files = new Map<string, unknown>();
  for (const [id, versions] of articles) files.set(`data/articles/${id}.json`, articleVersions(id, versions));
  for (const page of latestPages(articles)) files.set(`data/latest/${page.page}.json`, page);
  return files;
};
