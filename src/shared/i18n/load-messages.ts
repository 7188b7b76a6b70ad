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

/** After the page is up, the other languages are fetched, so switching never waits for the network. */
export const preloadAllMessages = (): Promise<void> => Promise.all(LANGS.map(loadMessages)).then(() => undefined);

const together: Record<string, Promise<void>> = {};

/** Suspends until these languages' strings are there (only the first time they are used). */
export const useMessages = (...langs: Lang[]): void => {
  const missing = langs.filter((lang) => !isRegistered(lang));
  if (missing.length === 0) return;
  // `use` needs the same promise on every render until it settles.
  const key = missing.join();
  use((together[key] ??= Promise.all(missing.map(loadMessages)).then(() => undefined)));
};
