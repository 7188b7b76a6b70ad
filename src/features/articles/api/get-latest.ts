import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { dataFiles } from '../../../content/data-files';

export const latestKeys = { page: (page: number) => ['latest', page] as const };

/** One page of the newest articles; the list is paged so the home page weighs the same at any size. */
export const latestQuery = (page: number) =>
  queryOptions({
    queryKey: latestKeys.page(page),
    queryFn: ({ signal }) => fetchJson(dataFiles.latest.url(page), dataFiles.latest.parse, signal),
  });
