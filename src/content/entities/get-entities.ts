import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../shared/api/fetch-json';
import type { Entities, ShownEntities } from '../schema';
import { dataFiles } from '../data-files';

export const entitiesKeys = { all: ['entities'] as const };

export const entitiesQuery = () =>
  queryOptions({
    queryKey: entitiesKeys.all,
    queryFn: ({ signal }) => fetchJson(dataFiles.entities.url(), dataFiles.entities.parse, signal),
    staleTime: Infinity,
  });

/**
 * The names a page needs, from the files it loaded: each derived file carries the people and awards it
 * shows (not the whole entities.json, which grows with every person the site names).
 */
export const entitiesOf = (...shown: ShownEntities[]): Entities => ({
  people: Object.assign({}, ...shown.map((part) => part.people)) as Entities['people'],
  organizations: {},
  awards: Object.assign({}, ...shown.map((part) => part.awards)) as Entities['awards'],
});
