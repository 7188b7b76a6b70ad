import { dataFiles } from '../../../content/data-files';
import { listPageQuery } from '../../../content/get-list-page';

export const quotesKeys = { page: (speaker: string | null, page: number) => ['quotes', speaker, page] as const };

/**
 * One page of quotes, newest first: all of them, or one registered speaker's. A page or speaker that
 * has no file is an address that names nothing.
 */
export const quotesQuery = (speaker: string | null, page: number) =>
  speaker
    ? listPageQuery((n) => quotesKeys.page(speaker, n), dataFiles.quotesBySpeaker, [speaker], page)
    : listPageQuery((n) => quotesKeys.page(null, n), dataFiles.quotes, [], page);
