import { useEffect, useRef } from 'react';
import { useNavigationType } from 'react-router-dom';

/**
 * A new view of the same page (another page of a list, another month, another award) starts at the top
 * with focus on its heading, as a new page does: the links that lead there sit below the list. The first
 * render and back/forward keep the reader's place; the app's own navigation hook only sees new paths.
 */
export const useScrollToTop = (view: string): void => {
  const type = useNavigationType();
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    if (type === 'POP') return;
    window.scrollTo(0, 0);
    document.getElementById('page-heading')?.focus({ preventScroll: true });
  }, [view, type]);
};
