import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { dataFiles } from '../../../content/data-files';

export const awardsSummaryKeys = { all: ['awards-summary'] as const };

/** Every award and degree given, with how often and the latest grants of each. */
export const awardsSummaryQuery = () =>
  queryOptions({
    queryKey: awardsSummaryKeys.all,
    queryFn: ({ signal }) => fetchJson(dataFiles.awardsSummary.url(), dataFiles.awardsSummary.parse, signal),
  });
