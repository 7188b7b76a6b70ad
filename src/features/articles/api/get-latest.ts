import { dataFiles } from '../../../content/data-files';
import { listPageQuery } from '../../../content/get-list-page';

export const latestKeys = { page: (page: number) => ['latest', page] as const };

/** One page of the newest articles; the list is paged so the home page weighs the same at any size. */
export const latestQuery = (page: number) => listPageQuery(latestKeys.page, dataFiles.latest, [], page);
