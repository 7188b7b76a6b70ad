import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { dataFiles } from '../../../content/data-files';

export const speakersKeys = { all: ['speakers'] as const };

/** The registered people who are quoted, with how often: the choices of the speaker filter. */
export const speakersQuery = () =>
  queryOptions({
    queryKey: speakersKeys.all,
    queryFn: ({ signal }) => fetchJson(dataFiles.speakers.url(), dataFiles.speakers.parse, signal),
  });
