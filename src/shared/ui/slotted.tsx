import type { ReactNode } from 'react';

const SLOT = '\u0000';

/**
 * Translated text with an element in place of one placeholder (a name that carries its own `lang`),
 * wherever each language puts it: `render` gets a marker to pass as the placeholder's value.
 */
export function Slotted({ render, children }: { render: (slot: string) => string; children: ReactNode }) {
  const [before = '', after = ''] = render(SLOT).split(SLOT);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
