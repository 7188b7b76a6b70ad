// Build-time rendering: the prerender script fills a query client for a page, then renders it to HTML
// with the same routes the browser uses.
import { dehydrate, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { articleQuery, articleVersionsQuery } from '../features/articles/api/get-article';
import { latestQuery } from '../features/articles/api/get-latest';
import { pickVersion } from '../features/articles/model/pick-version';
import { awardsSummaryQuery } from '../features/awards/api/get-awards-summary';
import { personQuery } from '../features/people/api/get-person';
import { quotesQuery } from '../features/quotes/api/get-quotes';
import { speakersQuery } from '../features/quotes/api/get-speakers';
import { timelineMonthQuery } from '../features/timeline/api/get-timeline-month';
import { timelineMonthsQuery } from '../features/timeline/api/get-timeline-months';
import { assertNever } from '../shared/assert-never';
import { entitiesQuery } from '../shared/entities/get-entities';
import { AppRoutes } from './app-routes';
import { pageStateScript } from './page-state';
import type { Page } from '../../build/prerender/pages.ts';
import { registerAllMessages } from '../shared/i18n/all-messages';
import { createQueryClient } from './query-client';

// Prerendering renders every language: all their strings are here from the start.
registerAllMessages();

/** Loads what the page shows (in its default view: no `?query`), with the same query functions the browser uses. */
const prefetch = async (queryClient: QueryClient, page: Page): Promise<void> => {
  switch (page.kind) {
    case 'home':
      await queryClient.fetchQuery(latestQuery(1));
      return;
    case 'article': {
      const [versions] = await Promise.all([
        queryClient.fetchQuery(articleVersionsQuery(page.id)),
        queryClient.fetchQuery(entitiesQuery()),
      ]);
      await queryClient.fetchQuery(articleQuery(page.id, pickVersion(versions, page.lang)));
      return;
    }
    case 'quotes':
      await Promise.all([
        queryClient.fetchQuery(quotesQuery(null, 1)),
        queryClient.fetchQuery(speakersQuery()),
        queryClient.fetchQuery(entitiesQuery()),
      ]);
      return;
    case 'awards':
      await Promise.all([queryClient.fetchQuery(awardsSummaryQuery()), queryClient.fetchQuery(entitiesQuery())]);
      return;
    case 'timeline': {
      const { months } = await queryClient.fetchQuery(timelineMonthsQuery());
      if (months[0]) await queryClient.fetchQuery(timelineMonthQuery(months[0].month));
      return;
    }
    case 'person':
      await Promise.all([queryClient.fetchQuery(personQuery(page.id)), queryClient.fetchQuery(entitiesQuery())]);
      return;
    case 'search':
    case 'root':
    case 'not-found':
      return;
    default:
      assertNever(page);
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
    // Large boundaries would otherwise be sent as a later chunk with an inline script to swap them in:
    // a static page must be complete markup, and the script policy forbids inline scripts.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await streamToString(prelude);
  const stateScript = pageStateScript({ queries: dehydrate(queryClient), notFound: page.kind === 'not-found' && page.what });
  queryClient.clear();
  return { html, stateScript };
};
