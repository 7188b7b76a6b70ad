// The interface languages, each defined once: its tag and everything about it that is not an interface
// string (those are in locales/<tag>/translation.json). Routes, the servers' language rules, the locale
// check, formatting, the head and the build all read this list. Adding a language: its locale folder and
// one entry here (docs/recipes/add-a-language.md).
import type { Messages } from './i18n/i18n';
import { latinDate, latinWords } from './kazakh-latin/date-words';

interface LanguageDefinition {
  /** The Open Graph locale (`og:locale` has a region and no script). */
  ogLocale: string;
  /** The marks that open and close a quotation. */
  quoteMarks: { open: string; close: string };
  /** How numbers are grouped and where the fraction starts (written by hand: see format-number.ts). */
  number: { group: string; decimal: string };
  /** Month names as a date uses them (`27 апреля`) and on their own (`апрель`). */
  months: { inDate: readonly string[]; standalone: readonly string[] };
  /** A date and a month, given the month's name: `27 April 2023`, `2023 ж. 27 сәуір`, `апрель 2023 г.`. */
  datePattern: (day: number, month: string, year: number) => string;
  monthPattern: (month: string, year: number) => string;
  /** The interface strings, loaded on demand as their own chunk (`locale-<tag>-<hash>.js`). */
  messages: () => Promise<{ default: Messages }>;
  /**
   * An edition written by the build from another one rather than by editors: its text is the source
   * language's, converted (kk-Latn is kk in the 2021 Latin alphabet). Editors may still write a version
   * of their own, which takes precedence.
   */
  derivedFrom?: string;
  convert?: (text: string) => string;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

const KK_LATN_MONTHS = latinWords(KK_MONTHS);

const GUILLEMETS = { open: '\u00AB', close: '\u00BB' };
const SPACE_GROUPS = { group: '\u00a0', decimal: ',' };

export const LANGUAGES = {
  en: {
    ogLocale: 'en_US',
    quoteMarks: { open: '\u201C', close: '\u201D' },
    number: { group: ',', decimal: '.' },
    months: { inDate: EN_MONTHS, standalone: EN_MONTHS },
    datePattern: (day, month, year) => `${day} ${month} ${year}`,
    monthPattern: (month, year) => `${month} ${year}`,
    messages: () => import('../../locales/en/translation.json', { with: { type: 'json' } }),
  },
  kk: {
    ogLocale: 'kk_KZ',
    quoteMarks: GUILLEMETS,
    number: SPACE_GROUPS,
    months: { inDate: KK_MONTHS, standalone: KK_MONTHS },
    datePattern: (day, month, year) => `${year}\u00a0ж. ${day} ${month}`,
    monthPattern: (month, year) => `${year}\u00a0ж. ${month}`,
    messages: () => import('../../locales/kk/translation.json', { with: { type: 'json' } }),
  },
  // Kazakh in the 2021 Latin alphabet, converted from the Kazakh edition (docs/kazakh-latin.md). Browsers
  // print Cyrillic month names for kk-Latn, so the months are the Kazakh ones through the converter.
  'kk-Latn': {
    ogLocale: 'kk_KZ',
    quoteMarks: GUILLEMETS,
    number: SPACE_GROUPS,
    months: { inDate: KK_LATN_MONTHS, standalone: KK_LATN_MONTHS },
    datePattern: (day, month, year) => `${year}\u00a0j. ${day} ${month}`,
    monthPattern: (month, year) => `${year}\u00a0j. ${month}`,
    // The Kazakh strings converted, with the hand corrections of locales/kk-Latn laid over them.
    messages: () => import('./i18n/messages-kk-Latn'),
    derivedFrom: 'kk',
    convert: latinDate,
  },
  ru: {
    ogLocale: 'ru_RU',
    quoteMarks: GUILLEMETS,
    number: SPACE_GROUPS,
    months: {
      // A date takes the genitive («27 апреля»), a month on its own the nominative («апрель»).
      inDate: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
      standalone: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
    },
    datePattern: (day, month, year) => `${day} ${month} ${year}\u00a0г.`,
    monthPattern: (month, year) => `${month} ${year}\u00a0г.`,
    messages: () => import('../../locales/ru/translation.json', { with: { type: 'json' } }),
  },
} as const satisfies Record<string, LanguageDefinition>;

/** An interface language's tag: the first segment of every address, `<html lang>` and `hreflang`. */
export type Lang = keyof typeof LANGUAGES;

/** In the order the language switcher offers them; the first is the default. */
export const LANGS = Object.keys(LANGUAGES) as Lang[];

export const DEFAULT_LANG: Lang = 'en';

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && Object.hasOwn(LANGUAGES, value);

export const language = (lang: Lang): LanguageDefinition => LANGUAGES[lang];

/** Where an edition's text comes from when the build writes it: the source language and the conversion. */
export const derivation = (lang: Lang): { from: Lang; convert: (text: string) => string } | undefined => {
  const { derivedFrom, convert } = language(lang);
  return isLang(derivedFrom) && convert ? { from: derivedFrom, convert } : undefined;
};

type DerivedLang = { [K in Lang]: (typeof LANGUAGES)[K] extends { derivedFrom: string } ? K : never }[Lang];
/** A language editors write and translators translate (the importer, the test corpus); not one the build derives. */
export type WrittenLang = Exclude<Lang, DerivedLang>;

/** The languages editors write, in the order of LANGS; the others are derived from them by the build. */
export const WRITTEN_LANGS = LANGS.filter((lang) => !derivation(lang)) as WrittenLang[];

export const isWrittenLang = (value: unknown): value is WrittenLang => isLang(value) && !derivation(value);

/** The editions the build derives from a language (kk → kk-Latn). */
export const derivedEditions = (lang: Lang): Lang[] => LANGS.filter((other) => derivation(other)?.from === lang);
