import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { notFoundOn404 } from '../../../shared/api/not-found-on-404';
import { dataFiles } from '../../../content/data-files';

export const awardGrantsKeys = {
  page: (award: string, degree: number | null, page: number) => ['award-grants', award, degree, page] as const,
};

/** One page of every grant of one award and degree, newest first; an award never given names nothing. */
export const awardGrantsQuery = (award: string, degree: number | null, page: number) =>
  queryOptions({
    queryKey: awardGrantsKeys.page(award, degree, page),
    queryFn: ({ signal }) =>
      fetchJson(dataFiles.awardGrants.url(award, degree, page), dataFiles.awardGrants.parse, signal).catch(notFoundOn404),
  });
