// foldScripts (src/shared/kazakh-latin) is built to replace foldText here, so that a query in either script
// finds Kazakh text written in either. These tests hold it to that: every pair of words foldText matches
// today, foldScripts matches too, and it plugs into the tokenizer as it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldScripts } from '../../../shared/kazakh-latin/fold-scripts';
import { KAZAKH_LETTERS, SEED } from '../../../shared/kazakh-latin/test-arbitraries';
import { foldText, tokenize } from './normalize';

// What foldText does not tell apart: a letter's other case, the Russian letter for a Kazakh one, ё and е,
// й and и + breve, an accent or a soft hyphen after a letter.
const SAME_FOR_FOLD_TEXT: Readonly<Record<string, readonly string[]>> = {
  ә: ['а'],
  ғ: ['г'],
  қ: ['к'],
  ң: ['н'],
  ө: ['о'],
  ұ: ['у'],
  ү: ['у'],
  һ: ['х'],
  і: ['и'],
  ё: ['е', 'е\u0308'],
  й: ['и\u0306'],
};

const letterAndVariant = fc
  .tuple(fc.constantFrom(...KAZAKH_LETTERS, ...'abcıiİsşq'), fc.nat(), fc.boolean(), fc.constantFrom('', '\u0301', '\u00ad'))
  .map(([letter, pick, capital, after]) => {
    const options = [letter, ...(SAME_FOR_FOLD_TEXT[letter] ?? [])];
    const variant = options[pick % options.length]!;
    // Not every capital is the same for foldText: I lowers to i, not to ı.
    const cased = capital && foldText(variant.toUpperCase()) === foldText(variant) ? variant.toUpperCase() : variant;
    return [letter, cased + after] as const;
  });

const wordAndVariant = fc
  .array(letterAndVariant, { minLength: 1, maxLength: 10 })
  .map((pairs) => [pairs.map(([letter]) => letter).join(''), pairs.map(([, variant]) => variant).join('')] as const);

describe('foldScripts as the search fold', () => {
  it('matches every pair of words that foldText matches', () => {
    fc.assert(
      fc.property(wordAndVariant, ([word, variant]) => {
        expect(foldText(variant)).toBe(foldText(word));
        expect(foldScripts(variant)).toBe(foldScripts(word));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('finds the seed article from a query in either script', () => {
    const text = 'Әрбір қазақстандық азамат бірлікті нығайтуға барынша күш салуы тиіс';
    const indexed = tokenize(text, foldScripts).map((token) => token.folded);
    for (const query of ['birlik', 'bırlık', 'бірлік', 'Бірлік', 'BIRLIK', 'бирлик']) {
      const [word] = tokenize(query, foldScripts);
      expect(
        indexed.some((folded) => folded.startsWith(word!.folded)),
        query,
      ).toBe(true);
    }
    expect(indexed).toEqual(['arbir', 'kazakstandyk', 'azamat', 'birlikti', 'nygaituga', 'barynsha', 'kush', 'saluy', 'tiis']);
  });
});
