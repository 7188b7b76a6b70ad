import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/** Navigation state that asks to stay where the reader is (switching language keeps the place). */
export interface KeepScrollState {
  keepScroll: true;
}

const keepsScroll = (state: unknown): boolean => typeof state === 'object' && state !== null && 'keepScroll' in state;

const HIGHLIGHT_MS = 2500;

const fragmentTarget = (hash: string): HTMLElement | null => {
  if (!hash) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
};

/**
 * Where the reader lands after a navigation. A `#fragment` (a quote, award list or event) is scrolled to,
 * focused and briefly highlighted, also on a cold load, where the browser has already scrolled. A new
 * page starts at the top with focus on its heading, so screen readers announce it. Back and forward keep
 * the browser's position, and a language switch stays in place.
 */
export const useScrollOnNavigation = (): void => {
  const { pathname, hash, state } = useLocation();
  const type = useNavigationType();
  const previous = useRef<{ pathname: string; hash: string } | null>(null);
  useEffect(() => {
    const last = previous.current;
    previous.current = { pathname, hash };
    // Only the query changed (a filter, a page of a list): the page itself decides (app/routes/use-scroll-to-top.ts).
    if (last && last.pathname === pathname && last.hash === hash) return;
    const initial = last === null;
    // A new fragment on the same page is a jump to a block, also when it comes from the address bar
    // (which the router sees as POP, like the back button).
    const fragmentJump = !!last && last.pathname === pathname && last.hash !== hash && hash !== '';
    if (!initial && !fragmentJump && (type === 'POP' || keepsScroll(state))) return;
    const target = fragmentTarget(hash);
    if (target) {
      if (!initial) target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
      target.classList.add('is-highlighted');
      const timer = setTimeout(() => target.classList.remove('is-highlighted'), HIGHLIGHT_MS);
      return () => clearTimeout(timer);
    }
    if (initial) return;
    window.scrollTo(0, 0);
    document.getElementById('page-heading')?.focus({ preventScroll: true });
  }, [pathname, hash, state, type]);
};
