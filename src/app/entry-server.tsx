// Build-time rendering: the prerender script fills a query client for a page, then renders it to HTML
// with the same routes the browser uses.
import { dehydrate, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { articleQuery, articleVersionsQuery } from '../features/articles/api/get-article';
import { latestQuery } from '../features/articles/api/get-latest';
import { pickVersion } from '../features/articles/model/pick-version';
import { entitiesQuery } from '../shared/entities/get-entities';
import { AppRoutes } from './app-routes';
import { pageStateScript } from './page-state';
import type { Page } from '../../build/prerender/pages.ts';
import { createQueryClient } from './query-client';

/** Loads what the page shows, with the same query functions the browser uses. */
const prefetch = async (queryClient: QueryClient, page: Page): Promise<void> => {
  if (page.kind === 'home') await queryClient.fetchQuery(latestQuery(1));
  if (page.kind === 'article') {
    const [versions] = await Promise.all([queryClient.fetchQuery(articleVersionsQuery(page.id)), queryClient.fetchQuery(entitiesQuery())]);
    await queryClient.fetchQuery(articleQuery(page.id, pickVersion(versions, page.lang)));
  }
};

const streamToString = async (stream: ReadableStream<Uint8Array>): Promise<string> => {
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) html += decoder.decode(chunk, { stream: true });
  return html + decoder.decode();
};

export interface RenderedPage {
  /** The markup for `#root`. */
  html: string;
  /** The data block that lets the browser hydrate without fetching again. */
  stateScript: string;
}

export const renderPage = async (page: Page): Promise<RenderedPage> => {
  const queryClient = createQueryClient();
  await prefetch(queryClient, page);
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouter location={page.path}>
          <AppRoutes notFound={page.kind === 'not-found' ? { at: page.path, what: page.what } : undefined} />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
  const html = await streamToString(prelude);
  const stateScript = pageStateScript({ queries: dehydrate(queryClient), notFound: page.kind === 'not-found' && page.what });
  queryClient.clear();
  return { html, stateScript };
};
