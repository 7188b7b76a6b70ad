// Derived data: everything the app lists or indexes, generated from the article files by the build.
import type { ArticleLink, ArticleVersions, Entities, LatestItem } from '../../src/content/schema.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { LANGS } from '../../src/shared/languages.ts';
import { eventInstant } from '../../src/shared/format/format-date.ts';
import { indexedEntries, indexFiles, newestFirst, originalVersion, shownEntities, type Source } from './indexes.ts';
import { storePlainList, type StoredList } from './stored-list.ts';
import type { ListHead, ListPart } from '../../src/content/paged-list.ts';
import { searchFiles } from '../search/build-index.ts';
import { dataFiles, write, type DataFileMap } from '../../src/content/data-files.ts';
import type { ArticleFile } from './load.ts';

export const LATEST_PAGE_SIZE = 20;

/** The language an article was written in: the version that is not a translation. */
export const originalLang = (versions: ArticleFile[]): Lang => originalVersion(versions).lang;

/** Which versions of an article exist and which is the original (the versions file without its links and names). */
export const articleVersions = (
  id: string,
  versions: ArticleFile[],
): Pick<ArticleVersions, 'id' | 'publishedAt' | 'original' | 'versions'> => {
  const original = originalVersion(versions);
  return {
    id,
    publishedAt: original.publishedAt,
    original: original.lang,
    versions: LANGS.filter((lang) => versions.some(({ article }) => article.lang === lang)),
  };
};

/**
 * The latest-articles list (newest first, the same order as the quotes and awards indexes), stored in parts
 * of a fixed size from its oldest end (src/content/paged-list.ts).
 */
export const latestList = (
  articles: Map<string, ArticleFile[]>,
  pageSize = LATEST_PAGE_SIZE,
): StoredList<ListHead<LatestItem>, ListPart<LatestItem>> => {
  const items = [...articles].map(([id, versions]) => ({
    ...articleVersions(id, versions),
    versions: Object.fromEntries(versions.map(({ article }) => [article.lang, { headline: article.headline, summary: article.summary }])),
  }));
  const sorted = items.map((item) => ({ item, id: item.id, instant: eventInstant(item.publishedAt) })).sort(newestFirst);
  return storePlainList(
    sorted.map(({ item: { id, publishedAt, original, versions } }) => ({ id, publishedAt, original, versions })),
    pageSize,
  );
};

export interface Neighbours {
  newer?: ArticleLink;
  older?: ArticleLink;
}

/**
 * The articles either side of each one in the latest-articles order (newest first by the instant the dates
 * mean, the same instant by id): `newer` is the one listed before it, `older` the one after. Each article's
 * own versions file carries its two, so the article page never loads a list that grows with the corpus.
 */
export const articleNeighbours = (newestFirstSources: readonly Source[]): Map<string, Neighbours> => {
  const out = new Map<string, Neighbours>();
  newestFirstSources.forEach((source, index) => {
    const newer = newestFirstSources[index - 1];
    const older = newestFirstSources[index + 1];
    out.set(source.articleId, { ...(newer && { newer }), ...(older && { older }) });
  });
  return out;
};

/** Every derived file, by its path under the site root (without the leading slash). */
export const deriveFiles = (articles: Map<string, ArticleFile[]>, entities: Entities): DataFileMap => {
  const files: DataFileMap = new Map();
  const indexed = indexedEntries(articles, entities);
  const neighbours = articleNeighbours(indexed.map(([{ source }]) => source));
  for (const [{ source }, { people, awards }] of indexed) {
    const id = source.articleId;
    const versions = {
      ...articleVersions(id, articles.get(id)!),
      ...neighbours.get(id),
      entities: shownEntities(entities, people, awards),
    };
    write(files, dataFiles.articleVersions, versions, id);
  }
  const latest = latestList(articles);
  write(files, dataFiles.latest.head, latest.head);
  latest.parts.forEach((part, number) => write(files, dataFiles.latest.part, part, number));
  for (const [path, data] of indexFiles(indexed, entities)) files.set(path, data);
  for (const [path, data] of searchFiles(articles)) files.set(path, data);
  return files;
};
