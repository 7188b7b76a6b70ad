import { useCallback, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router-dom';

const subscribeNever = () => () => undefined;

/** False while prerendering and hydrating, true after: prerendered pages carry no query string. */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );

/**
 * A filter kept in the address (`?speaker=…`, `?q=…`), so it survives reload and sharing. Pages are
 * prerendered without a query, so the value is read only once hydrated; until then it is null and the
 * page shows what was prerendered.
 */
export const useSearchParam = (name: string): [string | null, (value: string | null) => void] => {
  const [params, setParams] = useSearchParams();
  const hydrated = useHydrated();
  const set = useCallback(
    (value: string | null) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
        // A new filter starts at its first page.
        if (name !== 'page') next.delete('page');
        return next;
      }),
    [name, setParams],
  );
  return [hydrated ? params.get(name) : null, set];
};
