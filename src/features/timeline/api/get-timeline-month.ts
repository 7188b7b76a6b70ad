import { queryOptions } from '@tanstack/react-query';
import { ContentError, fetchJson } from '../../../shared/api/fetch-json';
import { NotFoundError } from '../../../shared/api/not-found';
import { dataFiles, versioned } from '../../../content/data-files';
import { pageCountOf } from '../../../content/paged-list';
import type { TimelineMonth } from '../../../content/schema';
import { timelineMonthsQuery } from './get-timeline-months';

export const timelineMonthKeys = { page: (month: string, page: number) => ['timeline-month', month, page] as const };

/**
 * One page of the entries of one month (`2023-04`), with the month's count from the list of months; a
 * month without entries, or a page past its last, names nothing.
 */
export const timelineMonthQuery = (month: string, page: number) =>
  queryOptions({
    queryKey: timelineMonthKeys.page(month, page),
    queryFn: async ({ client, signal }): Promise<TimelineMonth> => {
      const { pageSize, months } = await client.fetchQuery(timelineMonthsQuery());
      const listed = months.find((entry) => entry.month === month);
      const pageCount = listed ? pageCountOf(listed.count, pageSize) : 0;
      if (!listed || page > pageCount) throw new NotFoundError('page');
      const url = versioned(dataFiles.timelineMonth.url(month, page), listed.version);
      const data = await fetchJson(url, dataFiles.timelineMonth.parse, signal);
      if (data.month !== month || data.page !== page)
        throw new ContentError(url, [{ path: 'month', message: `expected page ${page} of the entries of ${month}` }]);
      return { ...data, pageCount, total: listed.count };
    },
  });
