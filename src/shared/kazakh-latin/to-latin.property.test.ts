import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleLatin, upperLatin, lowerLatin } from './casing';
import { LATIN_ALPHABET } from './letters';
import { anyCaseWord, anyText, kazakhWord, nonCyrillicText, SEED } from './test-arbitraries';
import { toLatin } from './to-latin';

const RUNS = 2000;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ALPHABET = new Set(LATIN_ALPHABET.flat());
// The rules alone: the properties must hold whatever the word list holds.
const rules = (text: string) => toLatin(text, { exceptions: new Map() });
// Words of І and Х alone may be Roman numerals (ХХІ → XXI), which have no small form.
// Soft hyphen, zero-width non-joiner and joiner, word joiner (alternatives: a joiner in a class misleads).
const INVISIBLE = /\u00ad|\u200c|\u200d|\u2060/g;
const maybeRoman = (word: string) => /^[іх]+$/iu.test(word);

describe('toLatin properties', () => {
  it('never leaves a Cyrillic character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(toLatin(text)).not.toMatch(CYRILLIC);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('changes nothing in its own output', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const latin = toLatin(text);
        expect(toLatin(latin)).toBe(latin);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('leaves text without Cyrillic unchanged', () => {
    fc.assert(
      fc.property(nonCyrillicText, (text) => {
        expect(toLatin(text)).toBe(text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('writes every Kazakh word in the 31 letters of the 2021 alphabet', () => {
    fc.assert(
      fc.property(anyCaseWord, (word) => {
        const latin = rules(word);
        if (maybeRoman(word) && /^[IVX]+$/.test(latin)) return;
        for (const letter of latin) expect(ALPHABET).toContain(letter);
        // Only the two signs have no letter of their own.
        expect(latin.length > 0).toBe(/[^ъь]/iu.test(word));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('writes an ALL CAPS word as the capitals of the small one (Turkic İ and I)', () => {
    fc.assert(
      fc.property(
        kazakhWord.filter((word) => word.length > 1 && !maybeRoman(word)),
        (word) => {
          expect(rules(word.toUpperCase())).toBe(upperLatin(rules(word)));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('writes a Title Case word with its first letter capital', () => {
    fc.assert(
      fc.property(
        kazakhWord.filter((word) => word !== 'х'),
        (word) => {
          const title = word[0]!.toUpperCase() + word.slice(1);
          // A word that starts with a sign loses it, and its next letter stays small.
          const expected = /^[ъь]/.test(word) ? rules(word) : titleLatin(rules(word));
          expect(rules(title)).toBe(expected);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives the small letters of any capitalisation when lowered', () => {
    fc.assert(
      fc.property(
        anyCaseWord.filter((word) => !maybeRoman(word)),
        (word) => {
          expect(lowerLatin(rules(word))).toBe(rules(word.toLowerCase()));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads soft hyphens and joiners as part of the word, and keeps them', () => {
    fc.assert(
      fc.property(
        kazakhWord,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('\u00ad', '\u200c', '\u200d', '\u2060')), { maxLength: 4 }),
        (word, inserts) => {
          const letters = [...word];
          for (const [at, char] of inserts) letters.splice(at % (letters.length + 1), 0, char);
          const latin = rules(letters.join(''));
          expect(latin.replace(INVISIBLE, '')).toBe(rules(word));
          expect(latin.match(INVISIBLE) ?? []).toHaveLength(inserts.length);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads decomposed letters (и + breve, е + diaeresis) as the letters', () => {
    fc.assert(
      fc.property(anyCaseWord, (word) => {
        expect(rules(word.normalize('NFD'))).toBe(rules(word));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
