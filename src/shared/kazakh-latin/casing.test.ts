import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerLatin, titleLatin, upperLatin } from './casing';
import { LATIN_ALPHABET } from './letters';
import { SEED } from './test-arbitraries';

describe('Turkic casing', () => {
  it.each([
    ['upperLatin', upperLatin, 'kısı ine bır', 'KISI İNE BIR'],
    ['lowerLatin', lowerLatin, 'KISI İNE BIR', 'kısı ine bır'],
    ['upperLatin, every special letter', upperLatin, 'äğıiñöşūü', 'ÄĞIİÑÖŞŪÜ'],
    ['lowerLatin, every special letter', lowerLatin, 'ÄĞIİÑÖŞŪÜ', 'äğıiñöşūü'],
    ['titleLatin, dotted', titleLatin, 'iasaui', 'İasaui'],
    ['titleLatin, dotless', titleLatin, 'ıle', 'Ile'],
    ['titleLatin, from capitals', titleLatin, 'IRGETAS', 'Irgetas'],
    ['titleLatin, empty', titleLatin, '', ''],
  ])('%s: %s → %s', (_, casing, input, expected) => {
    expect(casing(input)).toBe(expected);
  });

  it('pairs each small letter of the alphabet with its capital', () => {
    for (const [capital, small] of LATIN_ALPHABET) {
      expect(upperLatin(small)).toBe(capital);
      expect(lowerLatin(capital)).toBe(small);
    }
  });

  it("agrees with Node's Turkish casing on any text in the alphabet", () => {
    const text = fc.array(fc.constantFrom(...LATIN_ALPHABET.flat(), ' ', '-'), { maxLength: 30 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(text, (latin) => {
        expect(upperLatin(latin)).toBe(latin.toLocaleUpperCase('tr'));
        expect(lowerLatin(latin)).toBe(latin.toLocaleLowerCase('tr'));
      }),
      { seed: SEED },
    );
  });
});
