import { lazy, type ComponentType } from 'react';
import { CodeLoadError } from '../shared/api/code-load-error';

type Loader = () => Promise<{ default: ComponentType }>;

/** The pages whose code failed to load, each with the way to start its next attempt. */
const failed = new Set<() => void>();

/**
 * `React.lazy` for a route's code that can be tried again. `lazy` keeps a failed import for good, so a page
 * whose code failed gets a fresh `lazy` when the page boundary resets (a retry or a new address), not
 * before: React renders again at once after an error, and a new attempt then would only fail again
 * instead of showing the answer. The failure is a `CodeLoadError`, which the boundary answers with its
 * designed page instead of logging a bug.
 */
export function lazyPage(load: Loader): ComponentType {
  let Current: ComponentType;
  const renew = () => {
    Current = lazy(() =>
      load().catch((error: unknown) => {
        failed.add(renew);
        throw new CodeLoadError({ cause: error, offline: !navigator.onLine });
      }),
    );
  };
  renew();
  return function LazyPage() {
    return <Current />;
  };
}

/** Lets the pages whose code failed try again the next time they render. */
export const retryFailedPages = () => {
  for (const renew of failed) renew();
  failed.clear();
};
