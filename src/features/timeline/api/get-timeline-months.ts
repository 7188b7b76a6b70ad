import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { dataFiles } from '../../../content/data-files';

export const timelineMonthsKeys = { all: ['timeline-months'] as const };

/** The months that have entries, newest first, with how many each. */
export const timelineMonthsQuery = () =>
  queryOptions({
    queryKey: timelineMonthsKeys.all,
    queryFn: ({ signal }) => fetchJson(dataFiles.timelineMonths.url(), dataFiles.timelineMonths.parse, signal),
  });
