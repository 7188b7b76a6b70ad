import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFinding, findCyrillic } from './find-cyrillic';
import { anyText, SEED } from './test-arbitraries';
import { toLatin } from './to-latin';

describe('findCyrillic', () => {
  it('finds nothing in Latin text', () => {
    expect(findCyrillic('Prezident Toqaev Qazaqstan halqy Assambleiasynyñ XXXII sessiiasynda söz söiledı')).toEqual([]);
  });

  it('names each word with Cyrillic in it, where it is, and what passes for Latin', () => {
    // The regional site's kind of "Latin": Cyrillic а, е, і and к inside Latin words.
    const text = 'Qаzaqstan halqy — bіrlіk, kеlіsіm; Қазақ';
    expect(findCyrillic(text)).toEqual([
      { word: 'Qаzaqstan', index: 0, characters: [{ char: 'а', codePoint: 'U+0430', looksLike: 'a' }] },
      { word: 'bіrlіk', index: 18, characters: [{ char: 'і', codePoint: 'U+0456', looksLike: 'i' }] },
      {
        word: 'kеlіsіm',
        index: 26,
        characters: [
          { char: 'е', codePoint: 'U+0435', looksLike: 'e' },
          { char: 'і', codePoint: 'U+0456', looksLike: 'i' },
        ],
      },
      {
        word: 'Қазақ',
        index: 35,
        characters: [
          { char: 'Қ', codePoint: 'U+049A' },
          { char: 'а', codePoint: 'U+0430', looksLike: 'a' },
          { char: 'з', codePoint: 'U+0437' },
          { char: 'қ', codePoint: 'U+049B' },
        ],
      },
    ]);
  });

  it.each([
    ['a word with digits', '2023ж.', '2023ж'],
    ['a word split by a hyphen', 'Qasym-Жomart', 'Жomart'],
    ['an accent on a Latin letter', 'zama\u0483n', 'zama\u0483n'],
    ['a sign outside words', 'a \u0482 b', '\u0482'],
    ['a letter beyond the Basic Multilingual Plane', 'x\u{1E030}y', 'x\u{1E030}y'],
  ])('names %s', (_, text, word) => {
    expect(findCyrillic(text).map((finding) => finding.word)).toEqual([word]);
  });

  it('describes a finding in one line', () => {
    const [finding] = findCyrillic('Аlmaty');
    expect(describeFinding(finding!)).toBe('"Аlmaty": Cyrillic А (U+0410, looks like Latin A)');
    const [word] = findCyrillic('bırlıkқ');
    expect(describeFinding(word!)).toBe('"bırlıkқ": Cyrillic қ (U+049B)');
  });

  it("finds nothing in the converter's output, and something wherever Cyrillic is", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(findCyrillic(toLatin(text))).toEqual([]);
        expect(findCyrillic(text).length > 0).toBe(/\p{Script=Cyrillic}/u.test(text));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
