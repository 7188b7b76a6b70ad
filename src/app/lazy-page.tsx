import { lazy, useState, type ComponentType, type ReactNode } from 'react';
import { CodeLoadError } from '../shared/api/code-load-error';

type Loader = () => Promise<{ default: ComponentType }>;

/** A route's page whose code loads when first needed, and can be loaded ahead (before hydration). */
export type LazyPage = (() => ReactNode) & {
  /** Loads the page's code; settles either way (a failure is the page's to show when it renders). */
  preload: () => Promise<void>;
};

/** The pages whose code failed to load, each with the way to start its next attempt. */
const failed = new Set<() => void>();

/**
 * `React.lazy` for a route's code that can be tried again and loaded ahead. `lazy` keeps a failed import
 * for good, so a page whose code failed gets a fresh `lazy` when the page boundary resets (a retry or a new
 * address), not before: React renders again at once after an error, and a new attempt then would only fail
 * again instead of showing the answer. The failure is a `CodeLoadError`, which the boundary answers with
 * its designed page instead of logging a bug.
 *
 * A page whose code is already here renders it directly: `lazy` suspends on its first render even then,
 * and a suspended page during hydration throws away the prerendered markup until the code has run.
 */
export function lazyPage(load: Loader): LazyPage {
  let loaded: ComponentType | undefined;
  const remember = (module: { default: ComponentType }) => {
    loaded = module.default;
    return module;
  };
  let Current: ComponentType;
  const renew = () => {
    Current = lazy(() =>
      load()
        .then(remember)
        .catch((error: unknown) => {
          failed.add(renew);
          throw new CodeLoadError({ cause: error, offline: !navigator.onLine });
        }),
    );
  };
  renew();
  function Page() {
    // Decided once per mount: changing from `lazy` to the loaded component later would mount the page again.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready /> : <Current />;
  }
  return Object.assign(Page, {
    preload: () =>
      load().then(
        (module) => void remember(module),
        () => undefined,
      ),
  });
}

/** Lets the pages whose code failed try again the next time they render. */
export const retryFailedPages = () => {
  for (const renew of failed) renew();
  failed.clear();
};
