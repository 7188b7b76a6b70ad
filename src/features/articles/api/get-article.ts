import { queryOptions } from '@tanstack/react-query';
import { ContentError, fetchJson, isNotFound } from '../../../shared/api/fetch-json';
import { NotFoundError } from '../../../shared/api/not-found';
import { type Lang } from '../../../shared/languages';
import { dataFiles } from '../../../content/data-files';

export const articleKeys = {
  versions: (id: string) => ['article-versions', id] as const,
  version: (id: string, lang: Lang) => ['article', id, lang] as const,
};

/** Which language versions of an article exist (derived by the build); a 404 here means no such article. */
export const articleVersionsQuery = (id: string) =>
  queryOptions({
    queryKey: articleKeys.versions(id),
    queryFn: ({ signal }) =>
      fetchJson(dataFiles.articleVersions.url(id), dataFiles.articleVersions.parse, signal).catch((error: unknown) => {
        throw isNotFound(error) ? new NotFoundError('article') : error;
      }),
  });

/** One language version of an article, checked against the address it was fetched from. */
export const articleQuery = (id: string, lang: Lang) =>
  queryOptions({
    queryKey: articleKeys.version(id, lang),
    queryFn: async ({ signal }) => {
      const url = dataFiles.article.url(id, lang);
      // The list of versions named this one: gone since, it is as if the article were.
      const article = await fetchJson(url, dataFiles.article.parse, signal).catch((error: unknown) => {
        throw isNotFound(error) ? new NotFoundError('article') : error;
      });
      if (article.id !== id || article.lang !== lang) {
        throw new ContentError(url, [{ path: article.id !== id ? 'id' : 'lang', message: `expected the ${lang} version of "${id}"` }]);
      }
      return article;
    },
  });
