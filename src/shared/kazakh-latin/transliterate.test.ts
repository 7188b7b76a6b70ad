import { describe, expect, it } from 'vitest';
import { transliterate, withCorrections } from './transliterate';

describe('transliterate', () => {
  it('writes every string of a document in Latin and keeps its keys, ids, numbers and addresses', () => {
    const version = {
      id: '2023-04-27-assembly-32nd-session',
      lang: 'kk',
      width: 1600,
      draft: false,
      updatedAt: null,
      headline: 'Президент Тоқаев сөз сөйледі',
      source: { name: 'Ақорда', url: 'https://akorda.kz/kz/news' },
      body: [{ type: 'paragraph', text: 'Бір данышпан кісі.' }],
    };
    expect(transliterate(version)).toEqual({
      ...version,
      headline: 'Prezident Toqaev söz söiledı',
      source: { name: 'Aqorda', url: 'https://akorda.kz/kz/news' },
      body: [{ type: 'paragraph', text: 'Bır danyşpan kısı.' }],
    });
  });

  it('keeps interface placeholders and plural keys', () => {
    expect(transliterate({ readingTime_other: '{{count}} минут оқу' })).toEqual({ readingTime_other: '{{count}} minut oqu' });
  });
});

describe('withCorrections', () => {
  it('lays hand corrections over the converted strings, key by key, and adds no key of its own', () => {
    const converted = { site: { name: 'Jañalyqtar', description: 'Qazaqstan' }, nav: { search: 'Izdeu' } };
    expect(withCorrections(converted, { site: { name: 'Jañalyqtar oqu' } })).toEqual({
      site: { name: 'Jañalyqtar oqu', description: 'Qazaqstan' },
      nav: { search: 'Izdeu' },
    });
    expect(withCorrections(converted, { unknown: 'x' } as never)).toEqual(converted);
  });
});
