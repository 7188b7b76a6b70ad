import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kkLatnMessages } from '../../src/shared/i18n/messages-kk-Latn';
import { checkDerivedLocale, compareLocales, pluralCategories, type Messages } from './parity';

const read = (lang: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}/translation.json`, import.meta.url), 'utf8'));

const english: Messages = {
  title: 'Latest',
  greeting: 'Hello, {{name}}',
  nested: { minutes_one: '{{count}} minute', minutes_other: '{{count}} minutes' },
};

describe('the shipped locales', () => {
  it.each(['kk', 'ru'])('%s has every English key and its own plural forms', (lang) => {
    expect(compareLocales(read('en'), read(lang), lang)).toEqual([]);
  });

  it('kk-Latn, made from kk with its corrections, has every English key, its plural forms and no Cyrillic but the autonyms', () => {
    const made = kkLatnMessages(read('kk'), read('kk-Latn'));
    expect(compareLocales(read('en'), made, 'kk-Latn')).toEqual([]);
    expect(checkDerivedLocale(read('kk'), read('kk-Latn'), made, 'kk-Latn')).toEqual([]);
  });
});

describe('compareLocales on broken fixtures', () => {
  const goodRu: Messages = {
    title: 'Последние',
    greeting: 'Здравствуйте, {{name}}',
    nested: {
      minutes_one: '{{count}} минута',
      minutes_few: '{{count}} минуты',
      minutes_many: '{{count}} минут',
      minutes_other: '{{count}} минуты',
    },
  };

  it('accepts a complete translation', () => {
    expect(compareLocales(english, goodRu, 'ru')).toEqual([]);
  });

  it.each([
    ['a missing key', { ...goodRu, title: undefined }, 'ru: missing title'],
    ['an empty string', { ...goodRu, title: '  ' }, 'ru: empty title'],
    ['a lost placeholder', { ...goodRu, greeting: 'Здравствуйте' }, 'ru: greeting has placeholders {}, English has {name}'],
    ['an extra key', { ...goodRu, extra: 'x' }, 'ru: extra extra (not in English, or not a ru plural category)'],
    [
      'a missing plural category',
      { ...goodRu, nested: { minutes_one: '{{count}} минута', minutes_few: '{{count}} минуты', minutes_other: '{{count}} минуты' } },
      'ru: missing nested.minutes_many',
    ],
  ])('reports %s', (_, broken, problem) => {
    const cleaned = JSON.parse(JSON.stringify(broken)) as Messages;
    expect(compareLocales(english, cleaned, 'ru')).toContain(problem);
  });

  it('wants exactly one and other in Kazakh', () => {
    const kk: Messages = {
      title: 'Соңғы',
      greeting: 'Сәлем, {{name}}',
      nested: { minutes_one: '{{count}} минут', minutes_other: '{{count}} минут', minutes_few: 'x' },
    };
    expect(compareLocales(english, kk, 'kk')).toEqual(['kk: extra nested.minutes_few (not in English, or not a kk plural category)']);
  });
});

describe('pluralCategories', () => {
  it.each([
    ['en', ['one', 'other']],
    ['kk', ['one', 'other']],
    ['ru', ['few', 'many', 'one', 'other']],
  ])('%s needs %j', (lang, categories) => {
    expect(pluralCategories(lang)).toEqual(categories);
  });
});

describe('checkDerivedLocale', () => {
  const kk = { nav: { main: 'Негізгі мәзір' }, language: { name: { kk: 'Қазақша' } } };
  const result = { nav: { main: 'Negızgı mäzır' }, language: { name: { kk: 'Қазақша' } } };

  it('accepts Latin strings with Cyrillic autonyms and corrections of existing keys', () => {
    expect(checkDerivedLocale(kk, { nav: { main: 'Negızgı mäzır' } }, result, 'kk-Latn')).toEqual([]);
  });

  it('names a correction of a key the source does not have, and Cyrillic left in a string', () => {
    expect(checkDerivedLocale(kk, { nav: { gone: 'x' } }, { ...result, nav: { main: 'Negızgı мәзір' } }, 'kk-Latn')).toEqual([
      'kk-Latn: the correction of nav.gone names no key of the strings it corrects',
      'kk-Latn: nav.main has Cyrillic letters: "Negızgı мәзір"',
    ]);
  });
});
