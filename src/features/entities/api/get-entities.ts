import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../../../shared/api/fetch-json';
import { parseEntities } from '../../../shared/content/schema';
import { dataPaths } from '../../../shared/paths';

export const entitiesKeys = { all: ['entities'] as const };

export const entitiesQuery = () =>
  queryOptions({
    queryKey: entitiesKeys.all,
    queryFn: ({ signal }) => fetchJson(dataPaths.entities(), parseEntities, signal),
    staleTime: Infinity,
  });
