// Build-time rendering: the prerender script fills a query client for a page, then renders it to HTML
// with the same routes the browser uses.
import { dehydrate, hashKey, QueryClientProvider, type FetchQueryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { AppRoutes } from './app-routes';
import { pageStateScript } from './page-state';
import { definitionOf, type Page } from './pages';
import { preloadAllMessages } from '../shared/i18n/load-messages';
import { createQueryClient } from './query-client';

// Prerendering renders every language: all their strings are here from the start.
await preloadAllMessages();

// Data that many pages show (entities, speakers, first pages of lists) is fetched and validated once per
// build, then put into each page's client as it is: the same data, so the same markup and page state.
const shared = new Map<string, unknown>();
const fetchShared = async <T, K extends QueryKey>(queryClient: QueryClient, options: FetchQueryOptions<T, Error, T, K>): Promise<T> => {
  const hash = hashKey(options.queryKey);
  if (shared.has(hash)) return queryClient.setQueryData<T>(options.queryKey, shared.get(hash) as T) as T;
  const data = await queryClient.fetchQuery(options);
  shared.set(hash, data);
  return data;
};

/** Loads what the page shows (in its default view: no `?query`), with the same query functions the browser uses. */
const prefetch = (queryClient: QueryClient, page: Page, share: boolean): Promise<void> =>
  definitionOf(page).prefetch(page, {
    fetchOwn: (options) => queryClient.fetchQuery(options),
    fetchShared: (options) => (share ? fetchShared(queryClient, options) : queryClient.fetchQuery(options)),
  });

/** The whole output of a finished prerender (events: async iteration costs more per chunk). */
const streamToString = (stream: NodeJS.ReadableStream): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer | string) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });

export interface RenderedPage {
  /** The markup for `#root`. */
  html: string;
  /** The data block that lets the browser hydrate without fetching again. */
  stateScript: string;
}

/**
 * Renders a page. `share: false` fetches every file the page shows for this page alone, so that the
 * fetches it makes are all the files it depends on (the incremental build records them).
 */
export const renderPage = async (page: Page, { share = true }: { share?: boolean } = {}): Promise<RenderedPage> => {
  const queryClient = createQueryClient();
  await prefetch(queryClient, page, share);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouter location={page.path}>
          <AppRoutes
            notFound={page.kind === 'not-found' ? { at: page.path, what: page.what } : undefined}
            offlineAt={page.kind === 'offline' ? page.path : undefined}
          />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>,
    // Large boundaries would otherwise be sent as a later chunk with an inline script to swap them in:
    // a static page must be complete markup, and the script policy forbids inline scripts.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await streamToString(prelude);
  const queries = dehydrate(queryClient);
  // The build's clock would make a page's bytes differ from one build to the next: the browser stamps the
  // data when it hydrates (main.tsx), so the page carries no time of its own.
  for (const query of queries.queries) {
    query.dehydratedAt = 0;
    query.state.dataUpdatedAt = 0;
  }
  const stateScript = pageStateScript({ queries, notFound: page.kind === 'not-found' && page.what, offline: page.kind === 'offline' });
  queryClient.clear();
  return { html, stateScript };
};
