// One folding for the index build and the browser: a query matches only because both sides fold alike.
import { foldScripts } from '../../../shared/kazakh-latin/fold-scripts';
import { derivation, type Lang } from '../../../shared/languages';

/** Kazakh letters, as a reader without a Kazakh keyboard types them (the nearest Russian letter). */
const KAZAKH_FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};
const KAZAKH_LETTERS = /[әғқңөұүһі]/g;
// Accents and other combining marks, and the soft hyphen editors paste inside words.
const MARKS = /[\p{M}\u00ad]/gu;
const NON_ASCII = /[\u0080-\uffff]/;

/** The form words are compared in: lower case, no accents (ё → е, é → e), Kazakh letters folded (қ → к). */
export const foldText = (text: string): string => {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return (
    lower
      .normalize('NFD')
      // Decomposing splits й into и + breve; й is a letter of its own, so it is put back before marks go.
      .replace(/\u0438\u0306/g, '\u0439')
      .replace(MARKS, '')
      .replace(KAZAKH_LETTERS, (letter) => KAZAKH_FOLD[letter] ?? letter)
      .normalize('NFC')
  );
};

/**
 * Kazakh words are indexed folded across scripts (`бірлік`, `bırlık` and `birlik` all give `birlik`), so
 * that a query in either script finds them in both Kazakh editions; and apart from English and Russian
 * ones, under this mark, so that the Russian `степь` (`step` across scripts) does not find the English
 * `step`. No word holds the mark: words are letters and digits. Decision 16.
 */
export const KAZAKH_MARK = '~';

/** Whether a version's words are indexed as Kazakh: kk, and the editions derived from it. */
export const isKazakh = (lang: Lang): boolean => lang === 'kk' || derivation(lang)?.from === 'kk';

/** The forms a query word (folded with `foldText`) is looked up in: as English and Russian are indexed, and as Kazakh is. */
export const wordForms = (word: string): string[] => [word, `${KAZAKH_MARK}${foldScripts(word)}`];

export interface Token {
  /** The word as written. */
  text: string;
  /** The word as compared (`foldText`). */
  folded: string;
  /** Where the word is in the original string: `source.slice(start, end) === text`. */
  start: number;
  end: number;
}

// Letters, digits and the marks and soft hyphens that sit inside words; anything else separates words
// (spaces of any kind, punctuation, «», dashes, hyphens and apostrophes).
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\u00ad]$/u;
// Classifying a character with a Unicode regex is slow, and the build classifies every character of
// every article: Latin and Cyrillic are decided by range, anything else once per character.
const KNOWN = new Uint8Array(0x10000); // 0: not yet, 1: word, 2: separator

const isWordChar = (code: number): boolean => {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  // The Cyrillic block is letters and combining marks, except one sign (҂).
  if (code >= 0x400 && code <= 0x4ff) return code !== 0x482;
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code));
  if (KNOWN[code] === 0) KNOWN[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return KNOWN[code] === 1;
};

/**
 * The words of a text with their place in it; hyphenated words give one token per part. `fold` is
 * `foldText` unless the caller brings a memoised one (the build folds millions of words).
 */
export const tokenize = (text: string, fold: (word: string) => string = foldText): Token[] => {
  const tokens: Token[] = [];
  let start = -1;
  const end = (at: number) => {
    const word = text.slice(start, at);
    const folded = fold(word);
    if (folded) tokens.push({ text: word, folded, start, end: at });
    start = -1;
  };
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (isWordChar(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) end(i);
    i += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) end(text.length);
  return tokens;
};

/** Length in characters (code points), not UTF-16 units. */
export const charLength = (text: string): number => {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) length++;
  }
  return length;
};

/** Words shorter than this are not indexed, and a query word must have at least this many characters. */
export const MIN_WORD_LENGTH = 2;

/** The first `count` characters (code points) of a text. */
export const charPrefix = (text: string, count: number): string => {
  let end = 0;
  for (let n = 0; n < count && end < text.length; n++) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return text.slice(0, end);
};

/**
 * The first two characters of a folded word (not counting the Kazakh mark): the part of the index that
 * holds it, unless that part is split further.
 */
export const shardKey = (folded: string): string => charPrefix(folded, folded.startsWith(KAZAKH_MARK) ? 3 : 2);
