import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { isExpectedFailure } from '../shared/api/fetch-json';
import { isLang, LANGS } from '../shared/languages';
import { loadMessages, preloadAllMessages } from '../shared/i18n/load-messages';
import { registerServiceWorker } from '../features/offline/model/service-worker';
import { AppRoutes } from './app-routes';
import { readPageState } from './page-state';
import { createQueryClient } from './query-client';
import { afterLoadAndIdle, loadRemainingFaces } from './warm-fonts';
import './styles.css';
import './theme.css';
import './fonts.css';

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

// The page's own language first (the prerender preloads its chunk), so hydration renders at once; the
// language-less pages show all three. The others follow once the page is up, for instant switching.
const first = window.location.pathname.split('/')[1] ?? '';
await Promise.all((isLang(first) ? [first] : [...LANGS]).map(loadMessages));
if (state) hydrateRoot(root, app, { onCaughtError });
else createRoot(root, { onCaughtError }).render(app);
setTimeout(() => void preloadAllMessages(), 0);
// The other languages' font subsets too, once the page's own requests are done.
afterLoadAndIdle(window, () => void loadRemainingFaces(document.fonts));
// Reading offline, and the notice of a new version (docs/decisions/0016-offline-reading.md).
registerServiceWorker();
