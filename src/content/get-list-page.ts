import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { ContentError, fetchJson } from '../shared/api/fetch-json';
import { NotFoundError } from '../shared/api/not-found';
import { notFoundOn404 } from '../shared/api/not-found-on-404';
import { versioned, type DataFile } from './data-files';
import { headPage, pageRange, partsPage, partVersion, type ListHead, type ListPage, type ListPart } from './paged-list';

/** The files of one paged list: its head, and its parts by number. */
export interface PagedListFiles<A extends unknown[], H extends ListHead<unknown>, P extends ListPart<unknown>> {
  head: DataFile<A, H>;
  part: DataFile<[...A, number], P>;
}

type ItemOf<H> = H extends ListHead<infer T> ? T : never;

/**
 * Reader page `page` (1 = newest) of a paged list: the head for the first page, else the parts that hold
 * the page's items (the first page says how many there are and which version of each part is current). A
 * page past the last one, or a list without a head, is an address that names nothing.
 */
export const listPageQuery = <A extends unknown[], H extends ListHead<unknown>, P extends ListPart<ItemOf<H>>>(
  queryKey: (page: number) => QueryKey,
  files: PagedListFiles<A, H, P>,
  args: A,
  page: number,
) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the caller's key names the list (`files`, `args`) and the page
  queryOptions({
    queryKey: queryKey(page),
    queryFn: async ({ client, signal }): Promise<ListPage<ItemOf<H>>> => {
      if (page === 1) {
        const head = await fetchJson(files.head.url(...args), files.head.parse, signal).catch(notFoundOn404);
        return headPage(head as ListHead<ItemOf<H>>);
      }
      const first = await client.fetchQuery(listPageQuery(queryKey, files, args, 1));
      if (page > first.pageCount) throw new NotFoundError('page');
      const { pageSize, versions } = first.stored;
      const parts = await Promise.all(
        pageRange(first.total, pageSize, page).parts.map(async (number) => {
          const url = versioned(files.part.url(...args, number), partVersion(versions, number));
          const part = await fetchJson(url, files.part.parse, signal);
          if (part.first !== number * pageSize)
            throw new ContentError(url, [
              { path: 'first', message: `expected part ${number} of the list, from item ${number * pageSize}` },
            ]);
          return part as ListPart<ItemOf<H>>;
        }),
      );
      return partsPage(first, page, parts);
    },
  });
