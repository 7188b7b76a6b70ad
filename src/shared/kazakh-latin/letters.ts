// The letter tables of the 2021 Kazakh Latin alphabet (see docs/kazakh-latin.md). Lower case only: the
// converter derives capitals with Turkic casing, so the tables cannot disagree with themselves.

/** The 31 letters of the 2021 alphabet, capital and small, in alphabetical order (card fonts must have them all). */
export const LATIN_ALPHABET = [
  ['A', 'a'],
  ['Ä', 'ä'],
  ['B', 'b'],
  ['D', 'd'],
  ['E', 'e'],
  ['F', 'f'],
  ['G', 'g'],
  ['Ğ', 'ğ'],
  ['H', 'h'],
  ['I', 'ı'],
  ['İ', 'i'],
  ['J', 'j'],
  ['K', 'k'],
  ['L', 'l'],
  ['M', 'm'],
  ['N', 'n'],
  ['Ñ', 'ñ'],
  ['O', 'o'],
  ['Ö', 'ö'],
  ['P', 'p'],
  ['Q', 'q'],
  ['R', 'r'],
  ['S', 's'],
  ['Ş', 'ş'],
  ['T', 't'],
  ['U', 'u'],
  ['Ū', 'ū'],
  ['Ü', 'ü'],
  ['V', 'v'],
  ['Y', 'y'],
  ['Z', 'z'],
] as const;

/** Kazakh Cyrillic letters written the same way wherever they stand. `ъ` and `ь` are dropped. */
export const LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ж: 'j',
  з: 'z',
  // и and й are one letter in 2021: сый → syi, қалайын → qalaiyn.
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 's',
  ч: 'ş',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  // The dotless ı: the 2018 scheme had і → i, 2021 swapped the two.
  і: 'ı',
  ь: '',
  э: 'e',
};

/**
 * ё, ю and я: the glide and the vowel (`io`, `iu`, `ia`) at the start of a word, after a vowel and after
 * ъ, ь or й (семья → semia, компьютер → kompiuter); the vowel alone after a consonant (актёр → aktör).
 */
export const IOTATED: Readonly<Record<string, { glide: string; vowel: string }>> = {
  ё: { glide: 'io', vowel: 'ö' },
  ю: { glide: 'iu', vowel: 'ü' },
  я: { glide: 'ia', vowel: 'ä' },
};

/**
 * Letters after which ё, ю and я keep their glide: the vowels (Cyrillic and Latin), the two signs, and й,
 * which softens no consonant: Майя → Maiia, not Maiä.
 */
export const GLIDE_AFTER = new Set([...'аәеёиоөуұүыіэюяъьй', ...'aäeıioöuūüy']);

/**
 * Cyrillic letters of other languages that Kazakh text meets in names and quotations, by the Latin
 * spelling of their own language where it has one (Serbian, Macedonian). Letters built from a Kazakh
 * letter and an accent (ў, ӣ, ӯ, ѓ, ќ) need no entry: the converter keeps the accent on the Latin letter.
 */
export const OTHER_LETTERS: Readonly<Record<string, string>> = {
  є: 'e',
  ї: 'i',
  ґ: 'g',
  ђ: 'đ',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'ć',
  џ: 'dž',
  ѕ: 'dz',
  җ: 'j',
  ҙ: 'z',
  ҫ: 's',
  ҡ: 'q',
  ҳ: 'h',
  ҷ: 'j',
  ӈ: 'ñ',
  ӊ: 'ñ',
  ӏ: 'ı',
  ѣ: 'e',
  ѳ: 'f',
  ѵ: 'i',
  ѡ: 'o',
  ѫ: 'u',
  ѧ: 'ia',
};

/**
 * Cyrillic capitals that are read as Roman numerals when a word is nothing else (ХХІ ғасыр, ІІ дәрежелі):
 * editors type them on a Cyrillic keyboard. С and М are left out: МС, СІ are abbreviations far more often
 * than numbers in news.
 */
export const ROMAN_LOOKALIKES: Readonly<Record<string, string>> = { І: 'I', Ӏ: 'I', Х: 'X' };

/**
 * Latin letters typed inside a Cyrillic word in place of the Cyrillic letter they look like (бiрлiк with a
 * Latin i, the commonest case, from keyboards without і).
 */
export const LATIN_TYPOS: Readonly<Record<string, string>> = {
  a: 'а',
  A: 'А',
  B: 'В',
  c: 'с',
  C: 'С',
  e: 'е',
  E: 'Е',
  h: 'һ',
  H: 'Н',
  i: 'і',
  I: 'І',
  k: 'к',
  K: 'К',
  M: 'М',
  o: 'о',
  O: 'О',
  p: 'р',
  P: 'Р',
  T: 'Т',
  x: 'х',
  X: 'Х',
  y: 'у',
  Y: 'У',
  ə: 'ә',
  Ə: 'Ә',
  ɵ: 'ө',
  Ɵ: 'Ө',
};
