import { QueryErrorResetBoundary, useQueryClient } from '@tanstack/react-query';
import { Component, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { StatusPage } from '../../shared/ui/status-page';
import { HydrationMark } from '../hydration-mark';
import { retryFailedPages } from '../lazy-page';
import { RouteError } from './route-error';

interface BoundaryProps {
  /** The error is forgotten when this changes: a new address starts clean. */
  resetKey: string;
  onReset: () => void;
  children: ReactNode;
}

/** Catches what a page throws while rendering (a failed query, a bad address) and shows its designed answer. */
class ErrorBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: BoundaryProps, previousState: { error: unknown }) {
    // The error of an earlier address goes; one caught in the very render that brought the new address
    // (no error before it) belongs to that address and stays: resetting it would fetch again what just failed.
    if (previous.resetKey !== this.props.resetKey && this.state.error && previousState.error) this.retry();
  }

  private readonly retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    return this.state.error ? <RouteError error={this.state.error} onRetry={this.retry} /> : this.props.children;
  }
}

function Loading() {
  const { t } = useTranslation();
  return <StatusPage title={t('status.loading')} />;
}

/**
 * Loading, failure and retry for the page. It stays mounted across navigations, so a transition keeps
 * the current page on screen (and the reader's place) until the next one has its data.
 */
export function PageBoundary({ children }: { children: ReactNode }) {
  // The query is part of the address: another filter or page of a list starts clean too.
  const { pathname, search } = useLocation();
  const key = `${pathname}${search}`;
  const queryClient = useQueryClient();
  useEffect(() => {
    // Once a page is left, what failed on it is forgotten (queries no page shows any more, and code that
    // did not load), so that the next visit tries afresh. Runs after the old page let go of its queries.
    queryClient.removeQueries({ predicate: (query) => query.state.status === 'error' && query.getObserversCount() === 0 });
    retryFailedPages();
  }, [queryClient, key]);
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          resetKey={key}
          onReset={() => {
            reset();
            retryFailedPages();
          }}
        >
          <Suspense fallback={<Loading />}>
            {children}
            <HydrationMark />
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
