import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { isExpectedFailure } from '../shared/api/fetch-json';
import { isLang, LANGS } from '../shared/languages';
import { loadMessages } from '../shared/i18n/load-messages';
import { registerServiceWorker } from '../features/offline/model/service-worker';
import { AppRoutes, preloadPage } from './app-routes';
import { readPageState } from './page-state';
import { createQueryClient } from './query-client';

// The app, started by main.tsx once the prerendered page is on screen.

// Failures with a designed page (not found, offline, damaged content) are not console errors; bugs are.
const onCaughtError = (error: unknown) => {
  if (!isExpectedFailure(error)) console.error(error);
};

const queryClient = createQueryClient();
const state = readPageState();
const root = document.getElementById('root')!;

if (state) {
  // The page's data is as fresh as its HTML: start warm, without fetching it again.
  const now = Date.now();
  for (const query of state.queries.queries) query.state.dataUpdatedAt = now;
  hydrate(queryClient, state.queries);
}

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes
          notFound={state?.notFound ? { at: window.location.pathname, what: state.notFound } : undefined}
          offlineAt={state?.offline ? window.location.pathname : undefined}
        />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>
);

// The page's own strings (the prerender preloads their chunk) and, for a lazily loaded page, its code,
// so that hydration renders at once what was prerendered; the language-less pages show all three. Other
// languages load when the reader means to switch (features/language/model/language-intent.ts).
const first = window.location.pathname.split('/')[1] ?? '';
await Promise.all([
  ...(isLang(first) ? [first] : [...LANGS]).map(loadMessages),
  ...(state && !state.notFound && !state.offline ? [preloadPage(window.location.pathname)] : []),
]);
if (state) hydrateRoot(root, app, { onCaughtError });
else createRoot(root, { onCaughtError }).render(app);
// Reading offline, and the notice of a new version (docs/decisions/0019-reading-beyond-the-visit.md).
registerServiceWorker();
