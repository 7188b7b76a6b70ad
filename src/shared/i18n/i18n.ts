import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../content/schema';
import { defaultNS, resources } from './resources';

const create = (lang: Lang): i18n => {
  const instance = createInstance();
  // Resources are bundled, so initialisation is synchronous and the first render is already translated.
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    resources,
    defaultNS,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
};

let instances: Record<Lang, i18n> | undefined;

/**
 * One i18next instance per language. The interface language is whatever the address says, so a page
 * picks its instance while rendering instead of changing global state: the same on the server and in
 * the browser, and switching is just rendering with another instance.
 */
export const i18nFor = (lang: Lang): i18n => {
  instances ??= Object.fromEntries(LANGS.map((l) => [l, create(l)])) as Record<Lang, i18n>;
  return instances[lang];
};
