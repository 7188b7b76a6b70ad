import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldScripts } from './fold-scripts';
import { anyCaseWord, anyText, SEED } from './test-arbitraries';
import { toLatin } from './to-latin';

const CYRILLIC = /\p{Script=Cyrillic}/u;

describe('foldScripts', () => {
  it.each<[string, string[], string]>([
    [
      'one Kazakh word in both scripts, any case',
      ['birlik', 'bırlık', 'бірлік', 'БІРЛІК', 'Бірлік', 'Bırlık', 'BIRLIK', 'BİRLİK'],
      'birlik',
    ],
    ['ş, ш and the sh a Latin keyboard types', ['Şapağat', 'Шапағат', 'shapagat', 'ŞAPAĞAT', 'S\u0327apag\u0306at'], 'shapagat'],
    ['қ, к and q', ['Қазақстан', 'казакстан', 'Qazaqstan', 'QAZAQSTAN', 'Kazakstan'], 'kazakstan'],
    ['я written ia', ['қоян', 'коян', 'qoian'], 'koian'],
    ['я after е', ['Ассамблеясы', 'Assambleiasy'], 'assambleiasy'],
    ['Kazakh letters without their marks', ['әғңөұүһ', 'агноуух', 'äğñöūüh'], 'agnouuh'],
    ['a Latin i typed for і', ['бiрлiк'], 'birlik'],
    ['й and и are one letter, however typed', ['Майский', 'Ма\u0438\u0306ский', 'маиский'], 'maiskii'],
    ['ё is е, as in Russian search', ['ёлка', 'Ёлка', 'елка', 'е\u0308лка'], 'elka'],
    ['soft hyphens go', ['жай\u00adлау'], 'jailau'],
    ['Russian folds too', ['Степь'], 'step'],
    ['English', ['PipeLine'], 'pipeline'],
    ['accents', ['Café', 'Cafe\u0301'], 'cafe'],
    ['punctuation, spaces and digits stay', ['«Құрмет» — орден\u00a01'], '«kurmet» — orden\u00a01'],
  ])('%s', (_, words, key) => {
    for (const word of words) expect(foldScripts(word), word).toBe(key);
  });

  // What it does not do, on purpose (docs/kazakh-latin.md#search).
  it.each([
    ['ё written in Latin keeps its glide', 'iolka', 'iolka'],
    ['Roman numerals typed in Cyrillic are letters', 'ХХ', 'hh'],
    ['a Latin s is not ş', 'sapagat', 'sapagat'],
  ])('%s: %s → %s', (_, word, key) => {
    expect(foldScripts(word)).toBe(key);
  });

  it('gives a Kazakh word the key of its Latin form', () => {
    fc.assert(
      fc.property(
        anyCaseWord.filter((word) => !/ё/iu.test(word) && !/^[іх]+$/iu.test(word)),
        (word) => {
          expect(foldScripts(toLatin(word))).toBe(foldScripts(word));
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('ignores case', () => {
    fc.assert(
      fc.property(anyCaseWord, (word) => {
        expect(foldScripts(word.toUpperCase())).toBe(foldScripts(word.toLowerCase()));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('leaves no Cyrillic, and changes nothing in its own output', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = foldScripts(text);
        expect(key).not.toMatch(CYRILLIC);
        expect(foldScripts(key)).toBe(key);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
