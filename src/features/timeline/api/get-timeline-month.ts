import { queryOptions } from '@tanstack/react-query';
import { ContentError, fetchJson } from '../../../shared/api/fetch-json';
import { notFoundOn404 } from '../../../shared/api/not-found-on-404';
import { parseTimelineMonth } from '../../../shared/content/schema';
import { dataPaths } from '../../../shared/paths';

export const timelineMonthKeys = { month: (month: string) => ['timeline-month', month] as const };

/** The entries of one month (`2023-04`); a month without entries names nothing. */
export const timelineMonthQuery = (month: string) =>
  queryOptions({
    queryKey: timelineMonthKeys.month(month),
    queryFn: async ({ signal }) => {
      const url = dataPaths.timelineMonth(month);
      const data = await fetchJson(url, parseTimelineMonth, signal).catch(notFoundOn404);
      if (data.month !== month) throw new ContentError(url, [{ path: 'month', message: `expected the entries of ${month}` }]);
      return data;
    },
  });
