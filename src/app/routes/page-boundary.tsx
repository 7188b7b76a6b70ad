import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { StatusPage } from '../../shared/ui/status-page';
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

  override componentDidUpdate(previous: BoundaryProps) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.retry();
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
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary resetKey={`${pathname}${search}`} onReset={reset}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
