// The check that Latin text has no Cyrillic in it. The worst cases cannot be seen: a Cyrillic а, е, і or к
// inside a Latin word looks right and breaks search, copying and screen readers; the finding says so.

/** Cyrillic letters that look like a Latin one in common fonts (after Unicode's confusables list). */
const LOOKS_LIKE: Readonly<Record<string, string>> = {
  А: 'A',
  а: 'a',
  В: 'B',
  Е: 'E',
  е: 'e',
  Ё: 'Ë',
  ё: 'ë',
  К: 'K',
  к: 'k',
  М: 'M',
  Н: 'H',
  О: 'O',
  о: 'o',
  Р: 'P',
  р: 'p',
  С: 'C',
  с: 'c',
  Т: 'T',
  У: 'Y',
  у: 'y',
  Ү: 'Y',
  Х: 'X',
  х: 'x',
  І: 'I',
  і: 'i',
  Ї: 'Ï',
  ї: 'ï',
  Ј: 'J',
  ј: 'j',
  Ѕ: 'S',
  ѕ: 's',
  һ: 'h',
  Ӏ: 'I',
  ӏ: 'l',
  ԁ: 'd',
  Ԛ: 'Q',
  ԛ: 'q',
  Ԝ: 'W',
  ԝ: 'w',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
// Words here include digits, so that `2023ж` is named whole.
const WORD_OR_CYRILLIC = /[\p{L}\p{M}\p{N}\p{Cf}]+|\p{Script=Cyrillic}/gu;

export interface CyrillicCharacter {
  char: string;
  /** `U+0430` */
  codePoint: string;
  /** The Latin letter it passes for, when it looks like one. */
  looksLike?: string;
}

export interface CyrillicFinding {
  /** The word the Cyrillic is in, as written. */
  word: string;
  /** Where the word starts in the text (UTF-16 units). */
  index: number;
  /** Its Cyrillic characters, each once, in order. */
  characters: CyrillicCharacter[];
}

const describeChar = (char: string): CyrillicCharacter => {
  const codePoint = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const looksLike = LOOKS_LIKE[char];
  return looksLike ? { char, codePoint, looksLike } : { char, codePoint };
};

/** Every word of a text that has a Cyrillic character (letter, accent or sign) in it, in order. */
export const findCyrillic = (text: string): CyrillicFinding[] => {
  if (!CYRILLIC.test(text)) return [];
  const findings: CyrillicFinding[] = [];
  for (const { 0: word, index } of text.matchAll(WORD_OR_CYRILLIC)) {
    const chars = new Set([...word].filter((char) => CYRILLIC.test(char)));
    if (chars.size > 0) findings.push({ word, index, characters: [...chars].map(describeChar) });
  }
  return findings;
};

/** One line for a build log: `"Аlmaty": Cyrillic А (U+0410, looks like Latin A)`. */
export const describeFinding = ({ word, characters }: CyrillicFinding): string =>
  `"${word}": Cyrillic ${characters
    .map(({ char, codePoint, looksLike }) => `${char} (${codePoint}${looksLike ? `, looks like Latin ${looksLike}` : ''})`)
    .join(', ')}`;
