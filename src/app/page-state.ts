import type { DehydratedState } from '@tanstack/react-query';

/** What a prerendered page carries for the browser: its data, and whether it is the not-found or the offline page. */
export interface PageState {
  queries: DehydratedState;
  /** Set on the not-found documents the server sends for unknown addresses. */
  notFound: false | 'page' | 'article';
  /** Set on the offline pages, which the service worker sends for pages it has no copy of. */
  offline?: boolean;
}

export const PAGE_STATE_ID = 'page-state';

/** A JSON data block (not script, so the strict script policy allows it) that cannot close its own tag. */
export const pageStateScript = (state: PageState): string =>
  `<script type="application/json" id="${PAGE_STATE_ID}">${JSON.stringify(state).replace(/</g, '\\u003c')}</script>`;

export const readPageState = (): PageState | null => {
  const element = typeof document === 'undefined' ? null : document.getElementById(PAGE_STATE_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as PageState;
  } catch {
    return null;
  }
};
