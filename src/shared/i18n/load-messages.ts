import { use } from 'react';
import { language, LANGS, type Lang } from '../languages';
import { isRegistered, registerMessages } from './i18n';

const pending: Partial<Record<Lang, Promise<void>>> = {};

/** Loads a language's strings once; later calls share the same promise. */
export const loadMessages = (lang: Lang): Promise<void> => {
  if (isRegistered(lang)) return Promise.resolve();
  return (pending[lang] ??= language(lang)
    .messages()
    .then((module) => registerMessages(lang, module.default)));
};

/** Every language's strings: once the reader means to switch, so that switching never waits for the network. */
export const preloadAllMessages = (): Promise<void> => Promise.all(LANGS.map(loadMessages)).then(() => undefined);

const together: Record<string, Promise<void>> = {};

/**
 * Suspends until these languages' strings are there (only the first time they are used). Once a set of
 * languages has been waited for, its same promise goes to `use` on every later render, settled or not:
 * React replays a suspended render when the promise settles, and a replay that skipped `use` would call
 * the component's other hooks as if they had been there before, which React refuses.
 */
export const useMessages = (...langs: Lang[]): void => {
  const key = langs.join();
  if (!together[key] && langs.every(isRegistered)) return;
  use((together[key] ??= Promise.all(langs.map(loadMessages)).then(() => undefined)));
};
