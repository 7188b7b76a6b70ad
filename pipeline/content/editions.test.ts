import { describe, expect, it } from 'vitest';
import type { Article, Entities } from '../../src/content/schema.ts';
import { findCyrillic } from '../../src/shared/kazakh-latin/find-cyrillic.ts';
import { toLatin } from '../../src/shared/kazakh-latin/to-latin.ts';
import { derivedVersion, withDerivedNames, withDerivedVersions } from './editions.ts';
import type { ArticleFile } from './load.ts';

const kk: Article = {
  $schema: '../../schema/article.schema.json',
  id: 'a',
  lang: 'kk',
  translatedFrom: null,
  publishedAt: '2023-04-27',
  updatedAt: null,
  headline: 'Бірлік күні',
  summary: 'Қысқаша.',
  source: { name: 'Ақорда', url: 'https://akorda.kz/kk/x' },
  tags: ['birlik'],
  body: [
    { type: 'heading', text: 'Тарау', id: 'section-1' },
    { type: 'paragraph', text: 'Ел бірлігі.' },
    { type: 'quote', id: 'q-1', text: 'Біз біргеміз.', speaker: 'kassym-jomart-tokayev' },
    { type: 'quote', id: 'q-2', text: 'Иә.', speaker: { name: 'Әлия', role: 'мұғалім' } },
    {
      type: 'awards',
      id: 'awards',
      title: 'Марапаттар',
      items: [
        {
          award: 'order-dostyk',
          degree: 2,
          recipients: ['kassym-jomart-tokayev', { name: 'Ержан', description: 'дәрігер' }],
          note: 'Ерлігі үшін.',
        },
      ],
    },
    { type: 'timeline', id: 'timeline', title: 'Күндер', events: [{ id: 'e-1', date: '2023-04-27', text: 'Сессия ашылды.' }] },
    { type: 'image', id: 'photo', src: 'photo-1.jpg', alt: 'Сурет', caption: 'Астана', credit: 'Ақорда' },
  ],
};

/** Every string value in a JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('derivedVersion', () => {
  const latin = derivedVersion(kk, 'kk-Latn', toLatin);

  it('converts every text a reader reads, and marks the version as converted', () => {
    expect(strings(latin).flatMap(findCyrillic)).toEqual([]);
    expect(latin).toMatchObject({ lang: 'kk-Latn', transliteratedFrom: 'kk', translatedFrom: null, headline: 'Bırlık künı' });
    expect(latin.body[3]).toEqual({ type: 'quote', id: 'q-2', text: 'İä.', speaker: { name: 'Äliia', role: 'mūğalım' } });
    expect(latin.source).toEqual({ name: 'Aqorda', url: 'https://akorda.kz/kk/x' });
    expect('$schema' in latin).toBe(false);
  });

  it('keeps ids, dates, file names, tags, registered people and awards as they are', () => {
    const [heading, , quote, , awards, timeline, image] = latin.body;
    expect({ id: latin.id, tags: latin.tags, publishedAt: latin.publishedAt, updatedAt: latin.updatedAt }).toEqual({
      id: 'a',
      tags: ['birlik'],
      publishedAt: '2023-04-27',
      updatedAt: null,
    });
    expect(heading).toEqual({ type: 'heading', text: 'Tarau', id: 'section-1' });
    expect(quote).toEqual({ type: 'quote', id: 'q-1', text: 'Bız bırgemız.', speaker: 'kassym-jomart-tokayev' });
    expect(awards).toEqual({
      type: 'awards',
      id: 'awards',
      title: 'Marapattar',
      items: [
        {
          award: 'order-dostyk',
          degree: 2,
          recipients: ['kassym-jomart-tokayev', { name: 'Erjan', description: 'därıger' }],
          note: 'Erlıgı üşın.',
        },
      ],
    });
    expect(timeline).toEqual({
      type: 'timeline',
      id: 'timeline',
      title: 'Künder',
      events: [{ id: 'e-1', date: '2023-04-27', text: 'Sessiia aşyldy.' }],
    });
    expect(image).toEqual({ type: 'image', id: 'photo', src: 'photo-1.jpg', alt: 'Suret', caption: 'Astana', credit: 'Aqorda' });
  });
});

describe('withDerivedVersions', () => {
  const file = (article: Article): ArticleFile => ({ file: `public/articles/a/${article.lang}.json`, article });

  it('adds kk-Latn after kk, converted from it', () => {
    const en = { ...kk, lang: 'en' as const, headline: 'Unity day' };
    const out = withDerivedVersions([file(en), file(kk)]);
    expect(out.map(({ article }) => article.lang)).toEqual(['en', 'kk', 'kk-Latn']);
    expect(out[2]).toEqual({ file: 'public/articles/a/kk.json', article: derivedVersion(kk, 'kk-Latn', toLatin) });
  });

  it('keeps a kk-Latn version an editor wrote', () => {
    const written = { ...kk, lang: 'kk-Latn' as const, headline: 'Birlik küni (qolmen)' };
    expect(withDerivedVersions([file(kk), file(written)]).map(({ article }) => article)).toEqual([kk, written]);
  });

  it('adds nothing to an article without kk', () => {
    const ru = { ...kk, lang: 'ru' as const };
    expect(withDerivedVersions([file(ru)])).toEqual([file(ru)]);
  });
});

describe('withDerivedNames', () => {
  it('converts every kk name and role, and keeps a kk-Latn form given in entities.json', () => {
    const entities: Entities = {
      people: {
        a: { name: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев' }, role: { en: 'President', kk: 'Президент' } },
        b: { name: { en: 'Abai', kk: 'Абай', 'kk-Latn': 'Abai Qunanbaiūly' } },
        c: { name: { en: 'Only English' } },
      },
      organizations: { o: { name: { en: 'Akorda', kk: 'Ақорда' } } },
      awards: { d: { kind: 'order', name: { en: 'Order of Dostyk', kk: '«Достық» ордені' }, degrees: [1, 2] } },
    };
    const out = withDerivedNames(entities);
    expect(out.people.a).toEqual({
      name: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев', 'kk-Latn': 'Qasym-Jomart Toqaev' },
      role: { en: 'President', kk: 'Президент', 'kk-Latn': 'Prezident' },
    });
    expect(out.people.b!.name['kk-Latn']).toBe('Abai Qunanbaiūly');
    expect(out.people.c).toEqual({ name: { en: 'Only English' } });
    expect(out.organizations.o!.name['kk-Latn']).toBe('Aqorda');
    expect(out.awards.d).toEqual({
      kind: 'order',
      name: { en: 'Order of Dostyk', kk: '«Достық» ордені', 'kk-Latn': '«Dostyq» ordenı' },
      degrees: [1, 2],
    });
  });
});
