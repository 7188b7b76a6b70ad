import { QueryClient } from '@tanstack/react-query';
import { isPermanent } from '../shared/api/fetch-json';

const MAX_RETRIES = 2;

const isOffline = () => typeof navigator !== 'undefined' && !navigator.onLine;

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        // Published content changes rarely; a page visited again in a session is shown at once.
        staleTime: 5 * 60_000,
        // Fetch even when the browser says it is offline: the request fails at once and the page shows the
        // connection message with its retry, instead of waiting silently for the network.
        networkMode: 'always',
        // A 404 or invalid content will not change on retry; a network error or 5xx may, unless offline.
        retry: (failureCount, error) => !isPermanent(error) && failureCount < MAX_RETRIES && !isOffline(),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
    },
  });
