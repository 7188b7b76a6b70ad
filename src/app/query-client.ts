import { QueryClient } from '@tanstack/react-query';
import { isPermanent } from '../shared/api/fetch-json';

const MAX_RETRIES = 2;

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        // Published content changes rarely; a page visited again in a session is shown at once.
        staleTime: 5 * 60_000,
        // A 404 or invalid content will not change on retry; a network error or 5xx may.
        retry: (failureCount, error) => !isPermanent(error) && failureCount < MAX_RETRIES,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
    },
  });
