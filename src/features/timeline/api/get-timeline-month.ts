import { queryOptions } from '@tanstack/react-query';
import { ContentError, fetchJson } from '../../../shared/api/fetch-json';
import { notFoundOn404 } from '../../../shared/api/not-found-on-404';
import { dataFiles } from '../../../content/data-files';

export const timelineMonthKeys = { page: (month: string, page: number) => ['timeline-month', month, page] as const };

/** One page of the entries of one month (`2023-04`); a month without entries, or a page past its last, names nothing. */
export const timelineMonthQuery = (month: string, page: number) =>
  queryOptions({
    queryKey: timelineMonthKeys.page(month, page),
    queryFn: async ({ signal }) => {
      const url = dataFiles.timelineMonth.url(month, page);
      const data = await fetchJson(url, dataFiles.timelineMonth.parse, signal).catch(notFoundOn404);
      if (data.month !== month || data.page !== page)
        throw new ContentError(url, [{ path: 'month', message: `expected page ${page} of the entries of ${month}` }]);
      return data;
    },
  });
