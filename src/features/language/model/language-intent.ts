import { useEffect, useRef } from 'react';

// A page loads nothing for a language it does not show (strings, the article's other versions) until the
// reader shows the intent to switch: the pointer on the language switcher, or focus in it. What the other
// languages need is fetched then, in the moment between pointing and clicking, so the switch itself finds
// everything there and makes no request.

type Listener = () => void;
const listeners = new Set<Listener>();

/** The switcher calls this when the reader points at it or moves focus into it. */
export const announceLanguageIntent = (): void => {
  for (const listener of [...listeners]) listener();
};

/** Runs `prepare` on every intent to switch language while the component is mounted. */
export const useLanguageIntent = (prepare: Listener): void => {
  const latest = useRef(prepare);
  useEffect(() => {
    latest.current = prepare;
  });
  useEffect(() => {
    const listener = () => latest.current();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
};
