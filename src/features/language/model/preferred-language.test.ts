import { describe, expect, it } from 'vitest';
import { chooseLanguage, langFromTag } from './preferred-language';

describe('langFromTag', () => {
  it.each([
    ['kk-KZ', 'kk'],
    ['ru-KZ', 'ru'],
    ['ru-RU', 'ru'],
    ['en-GB', 'en'],
    ['KK', 'kk'],
    // The Latin script chooses the Latin edition; plain Kazakh and the Cyrillic script keep Cyrillic.
    ['kk-Latn', 'kk-Latn'],
    ['kk-latn-KZ', 'kk-Latn'],
    ['KK_LATN', 'kk-Latn'],
    ['kk-Cyrl-KZ', 'kk'],
    ['ru-Latn', 'ru'],
    ['de-DE', undefined],
    ['', undefined],
  ])('%s → %s', (tag, lang) => {
    expect(langFromTag(tag)).toBe(lang);
  });
});

describe('chooseLanguage', () => {
  it.each([
    ['ru', ['kk-KZ'], 'ru'],
    [null, ['kk-KZ', 'ru-RU'], 'kk'],
    [null, ['de-DE', 'ru-RU'], 'ru'],
    [null, ['de-DE', 'fr'], 'en'],
    ['xx', ['ru-KZ'], 'ru'],
    [undefined, [], 'en'],
    ['kk-Latn', ['ru'], 'kk-Latn'],
    [null, ['kk-Latn-KZ', 'kk'], 'kk-Latn'],
    [null, ['kk', 'kk-Latn'], 'kk'],
  ] as const)('saved %s, browser %j → %s', (saved, browser, expected) => {
    expect(chooseLanguage(saved, browser)).toBe(expected);
  });
});
