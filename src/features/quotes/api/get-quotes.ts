import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { notFoundOn404 } from '../../../shared/api/not-found-on-404';
import { dataFiles } from '../../../content/data-files';

export const quotesKeys = { page: (speaker: string | null, page: number) => ['quotes', speaker, page] as const };

/**
 * One page of quotes, newest first: all of them, or one registered speaker's. A page or speaker that
 * has no file is an address that names nothing.
 */
export const quotesQuery = (speaker: string | null, page: number) =>
  queryOptions({
    queryKey: quotesKeys.page(speaker, page),
    queryFn: ({ signal }) =>
      fetchJson(speaker ? dataFiles.quotesBySpeaker.url(speaker, page) : dataFiles.quotes.url(page), dataFiles.quotes.parse, signal).catch(
        notFoundOn404,
      ),
  });
