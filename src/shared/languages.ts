// The interface languages, each defined once: its tag and everything about it that is not an interface
// string (those are in locales/<tag>/translation.json). Routes, the servers' language rules, the locale
// check, formatting, the head and the build all read this list. Adding a language: its locale folder and
// one entry here (docs/recipes/add-a-language.md).
import type { Messages } from './i18n/i18n';

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
