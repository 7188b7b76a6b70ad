// The saved list as the pages use it: read with TanStack Query (one read shared by every button on the
// page), changed through mutations that keep the article's pages for reading offline, or drop them.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dropSavedPages, keepSavedPages } from '../../../shared/offline/page-cache';
import { dataFiles } from '../../../content/data-files';
import { LANGS, type Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { deleteSaved, headlineIn, listSaved, putSaved, type SavedArticle } from './saved-store';

/** The saved articles, read from this browser only (never during prerendering, which has no browser). */
export const savedQuery = () =>
  queryOptions({
    queryKey: ['saved'] as const,
    queryFn: listSaved,
    // Nothing to fetch: the list is in the browser, online or not, and it is changed only here.
    networkMode: 'always',
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** Every language's page of a saved article, with what the offline page lists about it. */
const pagesOf = (article: SavedArticle) =>
  LANGS.map((lang) => {
    const headline = headlineIn(article, lang);
    return {
      path: paths.article(lang, article.id),
      articleId: article.id,
      headline: headline.text,
      headlineLang: headline.lang,
      publishedAt: article.publishedAt,
      openedAt: article.savedAt,
    };
  });

/** A saved article's data files, which its pages read once they are up. */
const filesOf = (article: SavedArticle): string[] => [
  dataFiles.articleVersions.url(article.id),
  ...(Object.keys(article.headlines) as Lang[]).map((lang) => dataFiles.article.url(article.id, lang)),
];

export const useSavedList = () => useQuery(savedQuery());

/** Saves an article (again, on undo) and keeps its pages; removes one and drops them. */
export const useSavedChanges = () => {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: savedQuery().queryKey });
  const save = useMutation({
    mutationFn: putSaved,
    networkMode: 'always',
    onSuccess: async (_, article) => {
      // Kept once a service worker is there to serve them; the list does not wait for it.
      keepSavedPages(pagesOf(article), filesOf(article)).catch(() => undefined);
      await onSuccess();
    },
  });
  const remove = useMutation({
    mutationFn: (article: SavedArticle) => deleteSaved(article.id),
    networkMode: 'always',
    onSuccess: async (_, article) => {
      dropSavedPages(pagesOf(article).map((page) => page.path)).catch(() => undefined);
      await onSuccess();
    },
  });
  return { save: save.mutate, remove: remove.mutate };
};
