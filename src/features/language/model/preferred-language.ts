import { DEFAULT_LANG, isLang, type Lang } from '../../../shared/languages';

export const LANG_STORAGE_KEY = 'reader.lang';
/** The same choice as a cookie, so the server can send `/` and unprefixed addresses to the right language. */
export const LANG_COOKIE = 'reader_lang';

/**
 * Maps a browser language tag (`kk-KZ`, `ru-RU`, `en-GB`) to an interface language, if we have it. A tag
 * that names a script we have an edition for chooses it (`kk-Latn`, `kk-Latn-KZ`); plain `kk` is Cyrillic.
 */
export const langFromTag = (tag: string): Lang | undefined => {
  const [base = '', second = ''] = tag.trim().toLowerCase().split(/[-_]/);
  const withScript = second.length === 4 ? `${base}-${second[0]!.toUpperCase()}${second.slice(1)}` : '';
  if (isLang(withScript)) return withScript;
  return isLang(base) ? base : undefined;
};

/** The reader's saved choice, else the first browser language we speak, else English. */
export const chooseLanguage = (saved: string | null | undefined, browserLanguages: readonly string[]): Lang => {
  if (isLang(saved)) return saved;
  for (const tag of browserLanguages) {
    const lang = langFromTag(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
};

const readSaved = (): string | null => {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy settings); the browser languages still decide.
    return null;
  }
};

/** Only for the browser, outside rendering (loaders, event handlers). */
export const preferredLanguage = (): Lang =>
  typeof window === 'undefined' ? DEFAULT_LANG : chooseLanguage(readSaved(), window.navigator.languages ?? [window.navigator.language]);

export const saveLanguage = (lang: Lang): void => {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered, but the address still carries the language.
  }
};
