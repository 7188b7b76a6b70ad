import type { ReactNode } from 'react';
import type { Anchor } from './block-definition';

/** What the page puts beside each part a reader can link to (a copy-link button); blocks stay unaware of sharing. */
export type BlockActions = (anchor: Anchor & { label: NonNullable<Anchor['label']> }) => ReactNode;
