import { describe, expect, it } from 'vitest';
import type { Entities } from '../schema';
import { awardName, nameIn, personLabel } from './entity-names';

const entities: Entities = {
  people: {
    tokayev: {
      name: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев' },
      role: { en: 'President', kk: 'Президент', ru: 'Президент' },
    },
    partial: { name: { en: 'Only English' } },
  },
  organizations: {},
  awards: { 'order-kurmet': { kind: 'order', name: { en: 'Order of Kurmet', kk: '«Құрмет» ордені', ru: 'орден «Құрмет»' } } },
};

describe('nameIn', () => {
  it('gives the name in the interface language', () => {
    expect(nameIn({ en: 'A', kk: 'Ә', ru: 'А' }, 'kk')).toEqual({ text: 'Ә', lang: 'kk' });
  });
  it('falls back to English and says so, so the page can mark the language', () => {
    expect(nameIn({ en: 'A' }, 'ru')).toEqual({ text: 'A', lang: 'en' });
  });
});

describe('personLabel', () => {
  it.each([
    ['en', 'Kassym-Jomart Tokayev'],
    ['kk', 'Қасым-Жомарт Тоқаев'],
    ['ru', 'Касым-Жомарт Токаев'],
  ] as const)('names a registered person in %s', (lang, name) => {
    expect(personLabel('tokayev', entities, lang, 'en').name.text).toBe(name);
  });
  it('keeps an unregistered person as the article writes them, in the article language', () => {
    expect(personLabel({ name: 'Айгүл', role: 'мұғалім' }, entities, 'en', 'kk')).toEqual({
      name: { text: 'Айгүл', lang: 'kk' },
      role: { text: 'мұғалім', lang: 'kk' },
    });
  });
  it('has no role when the entity has none', () => {
    expect(personLabel('partial', entities, 'kk', 'en')).toEqual({ name: { text: 'Only English', lang: 'en' } });
  });
});

describe('awardName', () => {
  it('names the award in the interface language', () => {
    expect(awardName('order-kurmet', entities, 'ru').text).toBe('орден «Құрмет»');
  });
});
