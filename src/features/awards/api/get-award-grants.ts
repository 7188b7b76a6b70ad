import { dataFiles } from '../../../content/data-files';
import { listPageQuery } from '../../../content/get-list-page';

export const awardGrantsKeys = {
  page: (award: string, degree: number | null, page: number) => ['award-grants', award, degree, page] as const,
};

/** One page of every grant of one award and degree, newest first; an award never given names nothing. */
export const awardGrantsQuery = (award: string, degree: number | null, page: number) =>
  listPageQuery((n) => awardGrantsKeys.page(award, degree, n), dataFiles.awardGrants, [award, degree], page);
