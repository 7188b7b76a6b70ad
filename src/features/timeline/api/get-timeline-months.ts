import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { parseTimelineMonths } from '../../../shared/content/schema';
import { dataPaths } from '../../../shared/paths';

export const timelineMonthsKeys = { all: ['timeline-months'] as const };

/** The months that have entries, newest first, with how many each. */
export const timelineMonthsQuery = () =>
  queryOptions({
    queryKey: timelineMonthsKeys.all,
    queryFn: ({ signal }) => fetchJson(dataPaths.timelineMonths(), parseTimelineMonths, signal),
  });
