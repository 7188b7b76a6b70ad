// Kazakh Cyrillic → the 2021 Latin alphabet. Rules, word list and casing: docs/kazakh-latin.md.
import { titleLatin, upperLatin } from './casing';
import { EXCEPTIONS, type ExceptionMap } from './exceptions';
import { GLIDE_AFTER, IOTATED, LATIN_TYPOS, LETTERS, OTHER_LETTERS, ROMAN_LOOKALIKES } from './letters';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const MARK = /\p{M}/u;
const FORMAT = /\p{Cf}/u;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/u;
const CAPITAL = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const WORD_START = /^[\p{L}\p{M}\p{Cf}]/u;

// A word is a run of letters with the accents, soft hyphens and joiners inside it; digits, spaces (NBSP
// too), hyphens and apostrophes end it (2023 ж., Қасым-Жомарт). A Cyrillic character outside any word
// (the thousands sign ҂) has no Latin form and is dropped.
const WORD_OR_CYRILLIC = /[\p{L}\p{M}\p{Cf}]+|\p{Script=Cyrillic}/gu;

// Web and mail addresses keep their spelling; Cyrillic in them is encoded the way browsers send it.
const ADDRESS =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"«»“”„]+|\bmailto:[^\s<>"«»“”„]+|[a-z0-9._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;
const TRAILING_PUNCTUATION = '.,:;!?\'"’”…)]}';
// A Kazakh ending written after a bare address: akorda.kz-тың.
const ENDING = /-[\p{Script=Cyrillic}\p{M}]+$/u;
const HOST_ONLY = /^(?:[a-z][a-z0-9+.-]*:(?:\/\/)?)?[^/?#]*$/i;
const CYRILLIC_RUN = /\p{Script=Cyrillic}+/gu;
// scheme:// or www., the host with any user name, the rest.
const WEB_ADDRESS = /^([a-z][a-z0-9+.-]*:\/\/|(?=www\.))([^/?#]*)(.*)$/is;

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_DIGITS = 'IVXLCDM';

export interface ToLatinOptions {
  /** Words spelled differently from the rules; the list in exceptions.json unless given. */
  exceptions?: ExceptionMap;
}

const count = (text: string, char: string): number => text.split(char).length - 1;

/** The address without the punctuation or Kazakh ending that follows it in the sentence. */
const trimAddress = (match: string): string => {
  let address = match;
  for (;;) {
    const last = address.at(-1) ?? '';
    if (!TRAILING_PUNCTUATION.includes(last) || (last === ')' && count(address, '(') >= count(address, ')'))) break;
    address = address.slice(0, -1);
  }
  const ending = ENDING.exec(address);
  return ending && HOST_ONLY.test(address) ? address.slice(0, ending.index) : address;
};

const encodeCyrillic = (text: string): string => text.replace(CYRILLIC_RUN, (run) => encodeURIComponent(run));

/** A host name with Cyrillic in it, as the browser sends it: `қазақстан.kz` → `xn--80aaa0a6awh12ed.kz`. */
const asciiHost = (host: string): string => {
  if (!CYRILLIC.test(host)) return host;
  try {
    return new URL(`http://${host}`).host;
  } catch {
    return encodeCyrillic(host);
  }
};

const convertAddress = (address: string): string => {
  if (!CYRILLIC.test(address)) return address;
  const web = WEB_ADDRESS.exec(address);
  if (web) {
    const [, start = '', authority = '', rest = ''] = web;
    const at = authority.lastIndexOf('@') + 1;
    return start + encodeCyrillic(authority.slice(0, at)) + asciiHost(authority.slice(at)) + encodeCyrillic(rest);
  }
  const [, local = '', host = '', rest = ''] = /^([^@]*@)([^/?#]*)(.*)$/s.exec(address) ?? [];
  return encodeCyrillic(local) + asciiHost(host) + encodeCyrillic(rest);
};

type WordCase = 'lower' | 'title' | 'upper' | 'mixed';

/** How a word is capitalised: `бір`, `Бір`, `БІР`, `ҚазМұнайГаз`. A single capital (`Я`) is a title. */
const wordCase = (word: string): WordCase => {
  const capitals = word.match(UPPER)?.length ?? 0;
  if (capitals === 0) return 'lower';
  if (!LOWER.test(word)) return capitals > 1 ? 'upper' : 'title';
  return capitals === 1 && CAPITAL.test(word) ? 'title' : 'mixed';
};

/** A word-list spelling in the case of the word it replaces; mixed case keeps the list's spelling. */
const withCase = (latin: string, shape: WordCase): string => {
  if (shape === 'upper') return upperLatin(latin);
  if (shape !== 'title' || !latin) return latin;
  const first = String.fromCodePoint(latin.codePointAt(0)!);
  return upperLatin(first) + latin.slice(first.length);
};

/** A word of Roman-numeral letters typed partly in Cyrillic (ХХІ, ІІ), in Latin; undefined otherwise. */
const romanNumeral = (word: string, next: string | undefined): string | undefined => {
  let latin = '';
  for (const char of word) {
    const digit = ROMAN_LOOKALIKES[char] ?? (ROMAN_DIGITS.includes(char) ? char : undefined);
    if (digit === undefined) return undefined;
    latin += digit;
  }
  if (!ROMAN.test(latin)) return undefined;
  // A lone Х is a numeral (Х ғасыр) or a placeholder (Х елі) unless it is an initial (Х. Досмұхамедұлы).
  if (latin.length === 1 && (latin !== 'X' || next === '.')) return undefined;
  return latin;
};

/** Latin look-alikes typed inside a mostly Cyrillic word, read as the Cyrillic letters they stand for. */
const readTypos = (word: string): string => {
  let cyrillic = 0;
  let latin = 0;
  for (const char of word) {
    if (CYRILLIC.test(char)) cyrillic++;
    else if (LATIN.test(char)) {
      if (!Object.hasOwn(LATIN_TYPOS, char)) return word;
      latin++;
    }
  }
  if (latin === 0 || cyrillic < latin) return word;
  return word.replace(/[\p{Script=Latin}]/gu, (char) => LATIN_TYPOS[char]!);
};

/** One small Cyrillic letter in Latin, small; `previous` is the small letter before it in the word. */
const letterToLatin = (letter: string, previous: string | undefined): string => {
  const iotated = IOTATED[letter];
  if (iotated) return previous === undefined || GLIDE_AFTER.has(previous) ? iotated.glide : iotated.vowel;
  const latin = LETTERS[letter] ?? OTHER_LETTERS[letter];
  if (latin !== undefined) return latin;
  // A letter with an accent (ӑ, ў, ӣ): the base letter's Latin with the accent; a modifier letter (ᶜ-like
  // superscripts) its base letter. Anything else has no Latin reading and shows as �.
  for (const form of ['NFD', 'NFKD'] as const) {
    const decomposed = letter.normalize(form);
    const base = String.fromCodePoint(decomposed.codePointAt(0)!);
    if (decomposed !== letter && CYRILLIC.test(base)) {
      return (letterToLatin(base, previous) + decomposed.slice(base.length).replace(CYRILLIC_RUN, '')).normalize('NFC');
    }
  }
  return '\ufffd';
};

const convertLetters = (word: string, shape: WordCase): string => {
  let out = '';
  let previous: string | undefined;
  for (let i = 0; i < word.length;) {
    const char = String.fromCodePoint(word.codePointAt(i)!);
    i += char.length;
    if (!CYRILLIC.test(char) || !LETTER.test(char)) {
      // Latin letters, invisible format characters and other scripts' accents stay; Cyrillic accents go.
      if (!CYRILLIC.test(char)) out += char;
      if (!MARK.test(char) && !FORMAT.test(char)) previous = char.toLowerCase();
      continue;
    }
    let cluster = char;
    while (i < word.length) {
      const next = String.fromCodePoint(word.codePointAt(i)!);
      if (!MARK.test(next)) break;
      cluster += next;
      i += next.length;
    }
    // A letter typed as base + accent (и + ̆ for й, е + ̈ for ё) is that letter.
    const composed = cluster.normalize('NFC');
    const letter = String.fromCodePoint(composed.codePointAt(0)!);
    const small = letter.toLowerCase();
    const latin = letterToLatin(small, previous);
    const cased = small === letter ? latin : shape === 'upper' ? upperLatin(latin) : titleLatin(latin);
    const marks = latin ? composed.slice(letter.length).replace(CYRILLIC_RUN, '') : '';
    out += marks ? (cased + marks).normalize('NFC') : cased;
    previous = String.fromCodePoint(small.normalize('NFD').codePointAt(0)!);
  }
  return out;
};

const convertWord = (word: string, next: string | undefined, exceptions: ExceptionMap): string => {
  if (!CYRILLIC.test(word)) return word;
  const roman = romanNumeral(word, next);
  if (roman) return roman;
  const read = readTypos(word);
  const shape = wordCase(read);
  const exception = exceptions.get(read.toLowerCase());
  if (exception !== undefined) return withCase(exception, shape);
  return convertLetters(read, shape);
};

// Words repeat: the build converts every article, and a word converted once is looked up after. A lone
// letter is converted each time, since a following full stop can change it (Х is X unless an initial).
const CACHE_LIMIT = 50_000;
const caches = new WeakMap<ExceptionMap, Map<string, string>>();

const cachedWord = (word: string, next: string | undefined, exceptions: ExceptionMap): string => {
  if (word.length < 2) return convertWord(word, next, exceptions);
  let cache = caches.get(exceptions);
  if (!cache) caches.set(exceptions, (cache = new Map()));
  let latin = cache.get(word);
  if (latin === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, (latin = convertWord(word, next, exceptions)));
  }
  return latin;
};

const convertText = (text: string, exceptions: ExceptionMap): string =>
  text.replace(WORD_OR_CYRILLIC, (word: string, offset: number) =>
    WORD_START.test(word) ? cachedWord(word, text[offset + word.length], exceptions) : '',
  );

/**
 * Kazakh text in the 2021 Latin alphabet: `Бұрыңғы өткен заманда` → `Būryñğy ötken zamanda`. Text without
 * Cyrillic comes back unchanged, so converting converted text changes nothing; the result never holds a
 * Cyrillic character. Digits, punctuation, quotation marks, Latin words and addresses are kept.
 */
export const toLatin = (text: string, options: ToLatinOptions = {}): string => {
  if (!CYRILLIC.test(text)) return text;
  const exceptions = options.exceptions ?? EXCEPTIONS;
  let out = '';
  let from = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    out += convertText(text.slice(from, match.index), exceptions) + convertAddress(address);
    from = match.index + address.length;
  }
  return out + convertText(text.slice(from), exceptions);
};
