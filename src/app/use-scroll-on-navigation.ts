import { useEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

/** Navigation state that asks to stay where the reader is (switching language keeps the place). */
export interface KeepScrollState {
  keepScroll: true;
}

const keepsScroll = (state: unknown): boolean => typeof state === 'object' && state !== null && 'keepScroll' in state;

/**
 * A new page starts at the top, a `#fragment` scrolls to its block, the back button returns to where the
 * browser remembers, and a language switch stays in place.
 */
export const useScrollOnNavigation = (): void => {
  const { pathname, hash, state } = useLocation();
  const type = useNavigationType();
  useEffect(() => {
    if (type === 'POP' || keepsScroll(state)) return;
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [pathname, hash, state, type]);
};
