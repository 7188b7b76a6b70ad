import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { isExpectedFailure } from '../shared/api/fetch-json';
import { AppRoutes } from './app-routes';
import { createQueryClient } from './query-client';
import './styles.css';

const queryClient = createQueryClient();

// Failures with a designed page (not found, offline, damaged content) are not console errors; bugs are.
const onCaughtError = (error: unknown) => {
  if (!isExpectedFailure(error)) console.error(error);
};

createRoot(document.getElementById('root')!, { onCaughtError }).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
