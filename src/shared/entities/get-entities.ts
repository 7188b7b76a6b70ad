import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../api/fetch-json';
import { parseEntities } from '../content/schema';
import { dataPaths } from '../paths';

export const entitiesKeys = { all: ['entities'] as const };

export const entitiesQuery = () =>
  queryOptions({
    queryKey: entitiesKeys.all,
    queryFn: ({ signal }) => fetchJson(dataPaths.entities(), parseEntities, signal),
    staleTime: Infinity,
  });
