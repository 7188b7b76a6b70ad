import { use } from 'react';
import { LANGS, type Lang } from '../content/schema';
import { isRegistered, registerMessages, type Messages } from './i18n';

// Each language is its own small chunk (named locale-<lang>-<hash>.js by vite.config.ts, so the
// prerender can preload the page's own).
const loaders: Record<Lang, () => Promise<{ default: Messages }>> = {
  en: () => import('../../../locales/en/translation.json'),
  kk: () => import('../../../locales/kk/translation.json'),
  ru: () => import('../../../locales/ru/translation.json'),
};

const pending: Partial<Record<Lang, Promise<void>>> = {};

/** Loads a language's strings once; later calls share the same promise. */
export const loadMessages = (lang: Lang): Promise<void> => {
  if (isRegistered(lang)) return Promise.resolve();
  return (pending[lang] ??= loaders[lang]().then((module) => registerMessages(lang, module.default)));
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
