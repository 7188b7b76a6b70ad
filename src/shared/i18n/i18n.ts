import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../languages';

export const defaultNS = 'translation';

/** One language's interface strings (locales/<lang>/translation.json). */
export type Messages = { [key: string]: string | Messages };

const messages: Partial<Record<Lang, Messages>> = {};
const instances: Partial<Record<Lang, i18n>> = {};

/** Makes a language available; the browser loads them on demand, the build and tests all at once. */
export const registerMessages = (lang: Lang, data: Messages): void => {
  messages[lang] ??= data;
};

export const isRegistered = (lang: Lang): boolean => messages[lang] !== undefined;

const create = (lang: Lang, data: Messages): i18n => {
  const instance = createInstance();
  // The strings are already here, so initialisation is synchronous and the first render is translated.
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    resources: { [lang]: { [defaultNS]: data } },
    defaultNS,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
};

/**
 * One i18next instance per language. The interface language is whatever the address says, so a page
 * picks its instance while rendering instead of changing global state: the same on the server and in
 * the browser, and switching is just rendering with another instance.
 */
export const i18nFor = (lang: Lang): i18n => {
  const existing = instances[lang];
  if (existing) return existing;
  const data = messages[lang];
  if (!data) throw new Error(`interface strings for "${lang}" are not loaded`);
  return (instances[lang] = create(lang, data));
};
