// Which of the reader's languages a text is in, from its letters: Latin is English; Cyrillic with
// Kazakh's own letters (ә ғ қ ң ө ұ ү һ і) is Kazakh, without them Russian.
import type { WrittenLang as Lang } from '../../src/shared/languages.ts';
import { ImportError } from './source.ts';

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** Russian text names Kazakh awards and places (орден «Құрмет»): a few Kazakh letters do not make it Kazakh. */
const KAZAKH_SHARE = 0.025;
// Short function words settle Russian against Kazakh where names in Kazakh (орден «Құрмет», звание
// «Қазақстанның Еңбек Ері») bring Kazakh letters into a Russian sentence.
const RUSSIAN_WORDS = new Set(
  'и в во на что не с со по о об из для как это его к от за а также был была были он она они которые который при после до у же'.split(' '),
);
const KAZAKH_WORDS = new Set(
  'және мен бен пен деп үшін бұл осы бір де да та те деді ол олар еді болды туралы бойынша сондай-ақ екенін деген қатысты арқылы жылы'.split(
    ' ',
  ),
);

/** Lines shorter than this (menus, captions, bylines) say little about the article's language. */
const MIN_LETTERS = 40;
/** The article's language must hold this share of its letters; below it the text is two articles in one. */
const DOMINANT_SHARE = 0.8;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** The language of one piece of text, or undefined when it has too few letters to tell. */
export const lineLanguage = (text: string): Lang | undefined => {
  const latin = count(text, LATIN);
  const cyrillic = count(text, CYRILLIC);
  if (latin + cyrillic < MIN_LETTERS) return undefined;
  if (latin > cyrillic) return 'en';
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const russian = words.filter((word) => RUSSIAN_WORDS.has(word)).length;
  const kazakh = words.filter((word) => KAZAKH_WORDS.has(word)).length;
  if (russian !== kazakh) return kazakh > russian ? 'kk' : 'ru';
  return count(text, KAZAKH_LETTERS) / cyrillic >= KAZAKH_SHARE ? 'kk' : 'ru';
};

export interface LanguageReport {
  lang: Lang;
  /** Share of the letters (in lines long enough to tell) that are in `lang`. */
  share: number;
  letters: Record<Lang, number>;
}

/** The language of the article's lines, weighted by their letters. */
export const measureLanguage = (lines: readonly string[]): LanguageReport | undefined => {
  const letters: Record<Lang, number> = { en: 0, kk: 0, ru: 0 };
  for (const line of lines) {
    const lang = lineLanguage(line);
    if (lang) letters[lang] += count(line, /\p{L}/gu);
  }
  const total = letters.en + letters.kk + letters.ru;
  if (!total) return undefined;
  const lang = (Object.keys(letters) as Lang[]).reduce((best, next) => (letters[next] > letters[best] ? next : best));
  return { lang, share: letters[lang] / total, letters };
};

const NAMES: Record<Lang, string> = { en: 'English', kk: 'Kazakh', ru: 'Russian' };

/**
 * The language to import the text as: the one asked for, or the one detected. A text that mixes
 * languages (less than 80 % in one) is refused: it needs a person to split it first.
 */
export const decideLanguage = (lines: readonly string[], asked?: Lang): Lang => {
  const report = measureLanguage(lines);
  if (!report) {
    if (asked) return asked;
    throw new ImportError('the language cannot be told from so little text; pass --lang en, kk or ru');
  }
  if (report.share < DOMINANT_SHARE) {
    const parts = (Object.keys(report.letters) as Lang[])
      .filter((lang) => report.letters[lang] > 0)
      .map(
        (lang) => `${Math.round((report.letters[lang] / Object.values(report.letters).reduce((a, b) => a + b)) * 100)} % ${NAMES[lang]}`,
      );
    throw new ImportError(`the text mixes languages (${parts.join(', ')}); import each language version as its own file`);
  }
  if (asked && asked !== report.lang) {
    throw new ImportError(`--lang ${asked} was asked for, but the text is in ${NAMES[report.lang]} (${Math.round(report.share * 100)} %)`);
  }
  return report.lang;
};
