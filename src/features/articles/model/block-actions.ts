import type { ReactNode } from 'react';

/** A part of an article a reader can link to on its own. */
export interface BlockTarget {
  kind: 'quote' | 'awards' | 'event';
  id: string;
}

/** What the page puts beside each linkable block (a copy-link button); the article feature stays unaware of sharing. */
export type BlockActions = (target: BlockTarget) => ReactNode;
