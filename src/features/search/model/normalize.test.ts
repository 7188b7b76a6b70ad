import { describe, expect, it } from 'vitest';
import { charLength, charPrefix, foldText, shardKey, tokenize } from './normalize';

describe('foldText', () => {
  it.each([
    ['English, any case', 'PipeLine', 'pipeline'],
    ['Russian, upper case', 'СТЕПНОЙ', 'степной'],
    ['Russian ё is е', 'Ёлка, зелёный', 'елка, зеленый'],
    ['Russian й stays й', 'Майский', 'майский'],
    ['й typed as и + breve stays й', 'Ма\u0438\u0306ский', 'майский'],
    ['Kazakh letters fold to Russian ones', 'Қазақстан', 'казакстан'],
    ['every Kazakh letter', 'ӘҒҚҢӨҰҮҺІ әғқңөұүһі', 'агкноуухи агкноуухи'],
    ['Kazakh upper case', 'ТҰЛПАР', 'тулпар'],
    ['Latin accents', 'Café Éclair naïve', 'cafe eclair naive'],
    ['decomposed accents', 'Cafe\u0301', 'cafe'],
    ['soft hyphens', 'жай\u00adлау', 'жайлау'],
    ['Turkish dotted İ', 'İstanbul', 'istanbul'],
    ['punctuation and spaces kept', '«Құрмет» — орден\u00a01', '«курмет» — орден\u00a01'],
    ['digits', '2023 ж.', '2023 ж.'],
  ])('%s: %s → %s', (_, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const text of ['Қасым-Жомарт Тоқаев', 'Ёжик', 'Café', 'ТҰЛПАР']) expect(foldText(foldText(text))).toBe(foldText(text));
  });
});

describe('tokenize', () => {
  const words = (text: string) => tokenize(text).map(({ text: word, folded }) => [word, folded]);

  it.each<[string, string, string[][]]>([
    [
      'English',
      'The new data pipeline.',
      [
        ['The', 'the'],
        ['new', 'new'],
        ['data', 'data'],
        ['pipeline', 'pipeline'],
      ],
    ],
    [
      'Russian',
      'Весной степь зацвела!',
      [
        ['Весной', 'весной'],
        ['степь', 'степь'],
        ['зацвела', 'зацвела'],
      ],
    ],
    [
      'Kazakh',
      'Биыл жайлау ерте ашылды.',
      [
        ['Биыл', 'биыл'],
        ['жайлау', 'жайлау'],
        ['ерте', 'ерте'],
        ['ашылды', 'ашылды'],
      ],
    ],
    [
      'guillemets and em dash',
      '«ТҰЛПАР» командасы — жеңді',
      [
        ['ТҰЛПАР', 'тулпар'],
        ['командасы', 'командасы'],
        ['жеңді', 'женди'],
      ],
    ],
    [
      'hyphenated words give their parts',
      'Қасым-Жомарт Іс-шара',
      [
        ['Қасым', 'касым'],
        ['Жомарт', 'жомарт'],
        ['Іс', 'ис'],
        ['шара', 'шара'],
      ],
    ],
    [
      'no-break and thin spaces separate',
      '1\u00a0200\u2009метр',
      [
        ['1', '1'],
        ['200', '200'],
        ['метр', 'метр'],
      ],
    ],
    [
      'apostrophes separate',
      "farmers’ don't",
      [
        ['farmers', 'farmers'],
        ['don', 'don'],
        ['t', 't'],
      ],
    ],
    [
      'mixed scripts and case',
      'ASTANA Астана astana',
      [
        ['ASTANA', 'astana'],
        ['Астана', 'астана'],
        ['astana', 'astana'],
      ],
    ],
    ['soft hyphen inside a word', 'жай\u00adлау', [['жай\u00adлау', 'жайлау']]],
    [
      'combining accent inside a word',
      'Cafe\u0301 ok',
      [
        ['Cafe\u0301', 'cafe'],
        ['ok', 'ok'],
      ],
    ],
    [
      'letters beyond the BMP',
      '𐐀𐐁 x',
      [
        ['𐐀𐐁', '𐐨𐐩'],
        ['x', 'x'],
      ],
    ],
    ['nothing but punctuation', '— «» …', []],
    ['empty', '', []],
  ])('%s', (_, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets into the original string', () => {
    const text = '  «Жайлау» — Ёлка\u00a0СТЕП-ной ';
    const tokens = tokenize(text);
    expect(tokens.map(({ start, end }) => text.slice(start, end))).toEqual(['Жайлау', 'Ёлка', 'СТЕП', 'ной']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});

describe('charLength and shardKey', () => {
  it.each([
    ['степь', 5, 'ст'],
    ['pipeline', 8, 'pi'],
    ['ab', 2, 'ab'],
    ['a', 1, 'a'],
    ['', 0, ''],
    ['𐐨𐐩c', 3, '𐐨𐐩'],
  ])('%s has %i characters and shard key %s', (word, length, key) => {
    expect(charLength(word)).toBe(length);
    expect(shardKey(word)).toBe(key);
  });
});

describe('charPrefix', () => {
  it.each<[string, number, string]>([
    ['степь', 3, 'сте'],
    ['степь', 9, 'степь'],
    ['степь', 0, ''],
    ['𐐨𐐩c', 1, '𐐨'],
    ['𐐨𐐩c', 3, '𐐨𐐩c'],
  ])('%s, %i characters: %s', (text, count, expected) => {
    expect(charPrefix(text, count)).toBe(expected);
  });
});
