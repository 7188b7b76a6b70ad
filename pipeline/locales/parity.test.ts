import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareLocales, pluralCategories, type Messages } from './parity';

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
