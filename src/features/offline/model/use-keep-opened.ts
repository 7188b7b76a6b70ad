import { useEffect } from 'react';
import type { KeptPage } from '../../../shared/offline/contract';
import { keepOpenedPage, workerReady } from '../../../shared/offline/page-cache';
import type { Lang } from '../../../shared/languages';

/** The photos of an article the page has loaded so far (the sizes and formats this browser chose). */
const photosLoaded = (articleId: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith(`/articles/${encodeURIComponent(articleId)}/`))
    .filter((url) => !url.pathname.endsWith('.json'))
    .map((url) => url.pathname);

/**
 * Keeps the article page the reader has open for reading offline (the last 50 of each language are kept),
 * with its data files (`files`) and the photos it loaded, once a service worker is there to serve it; a
 * page opened offline moves up the list again.
 */
export const useKeepOpened = (
  lang: Lang,
  { path, articleId, headline, headlineLang, publishedAt }: Omit<KeptPage, 'openedAt'>,
  files: readonly string[],
): void => {
  const fileList = files.join('\n');
  useEffect(() => {
    const page = { path, articleId, headline, headlineLang, publishedAt, openedAt: Date.now() };
    // The photos loaded by the time a worker is there.
    workerReady()
      .then(() => keepOpenedPage(lang, page, [...fileList.split('\n'), ...photosLoaded(articleId)]))
      .catch(() => undefined);
  }, [lang, path, articleId, headline, headlineLang, publishedAt, fileList]);
};
