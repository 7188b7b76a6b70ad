import en from '../../../locales/en/translation.json';
import kk from '../../../locales/kk/translation.json';
import ru from '../../../locales/ru/translation.json';

// All three languages ship with the app (a few KB each), so switching language never waits for the network.
export const resources = {
  en: { translation: en },
  kk: { translation: kk },
  ru: { translation: ru },
} as const;

export const defaultNS = 'translation';
