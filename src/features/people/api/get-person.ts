import { queryOptions } from '@tanstack/react-query';
import { ContentError, fetchJson } from '../../../shared/api/fetch-json';
import { notFoundOn404 } from '../../../shared/api/not-found-on-404';
import { dataFiles } from '../../../content/data-files';

export const personKeys = { person: (id: string) => ['person', id] as const };

/** A person's latest quotes and articles; a person without a file is an address that names nothing. */
export const personQuery = (id: string) =>
  queryOptions({
    queryKey: personKeys.person(id),
    queryFn: async ({ signal }) => {
      const url = dataFiles.person.url(id);
      const person = await fetchJson(url, dataFiles.person.parse, signal).catch(notFoundOn404);
      if (person.id !== id) throw new ContentError(url, [{ path: 'id', message: `expected the index of "${id}"` }]);
      return person;
    },
  });
