import { describe, expect, it } from 'vitest';
import type { NotFoundKind, Page } from '../../src/app/pages.ts';
import { parseArticle } from '../../src/content/schema.ts';
import { LANGS, type Lang } from '../../src/shared/languages.ts';
import { paths } from '../../src/shared/paths.ts';
import { listPages, outputFile } from './pages.ts';

const SECTION_KINDS = ['quotes', 'awards', 'timeline', 'search', 'saved', 'offline'] as const;

describe('paths.notFound', () => {
  it.each<[Lang, NotFoundKind, string]>([
    ['en', 'page', '/en/_not-found'],
    ['en', 'article', '/en/articles/_not-found'],
    ['kk', 'page', '/kk/_not-found'],
    ['kk', 'article', '/kk/articles/_not-found'],
    ['ru', 'page', '/ru/_not-found'],
    ['ru', 'article', '/ru/articles/_not-found'],
  ])('%s %s → %s', (lang, what, expected) => {
    expect(paths.notFound(lang, what)).toBe(expected);
  });

  // The article one sits where articles do, so it must be an id no article can have.
  it('is never a valid article id', () => {
    const article = {
      id: '_not-found',
      lang: 'en',
      translatedFrom: null,
      publishedAt: '2023-04-27',
      updatedAt: null,
      headline: 'H',
      summary: 'S',
      tags: [],
      body: [{ type: 'paragraph', text: 'T' }],
    };
    expect(parseArticle({ ...article, id: 'not-found' }).ok).toBe(true);
    expect(parseArticle(article)).toMatchObject({ ok: false, problems: [{ path: 'id' }] });
  });
});

describe('outputFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/en/', 'en/index.html'],
    ['/kk/', 'kk/index.html'],
    ['/en/articles/x', 'en/articles/x.html'],
    ['/ru/articles/2023-04-27-assembly-32nd-session', 'ru/articles/2023-04-27-assembly-32nd-session.html'],
    ['/en/_not-found', 'en/_not-found.html'],
    ['/kk/articles/_not-found', 'kk/articles/_not-found.html'],
    ['/en/quotes', 'en/quotes.html'],
    ['/kk/awards', 'kk/awards.html'],
    ['/ru/timeline', 'ru/timeline.html'],
    ['/en/search', 'en/search.html'],
    ['/kk/people/kassym-jomart-tokayev', 'kk/people/kassym-jomart-tokayev.html'],
    // The server looks files up by the decoded address.
    ['/en/articles/a%20b', 'en/articles/a b.html'],
    [paths.article('kk', 'мақала'), 'kk/articles/мақала.html'],
  ])('%s → %s', (path, expected) => {
    expect(outputFile(path)).toBe(expected);
  });
});

describe('listPages', () => {
  const summary = (page: Page) => `${page.kind} ${page.path}`;

  it('lists the root, then per language its home, its two not-found pages, every article, the sections, the saved list, the offline page and every person', () => {
    expect(listPages(['a', 'b'], ['p']).map(summary)).toEqual([
      'root /',
      ...LANGS.flatMap((lang) => [
        `home /${lang}/`,
        `not-found /${lang}/_not-found`,
        `not-found /${lang}/articles/_not-found`,
        `article /${lang}/articles/a`,
        `article /${lang}/articles/b`,
        `quotes /${lang}/quotes`,
        `awards /${lang}/awards`,
        `timeline /${lang}/timeline`,
        `search /${lang}/search`,
        `saved /${lang}/saved`,
        `offline /${lang}/offline`,
        `person /${lang}/people/p`,
      ]),
    ]);
  });

  // Per language: home, two not-found pages, four sections, the saved list and the offline page, then one
  // page per article and per person.
  it.each<[string, Iterable<string>, Iterable<string>, number]>([
    ['no articles and no people', [], [], 1 + 4 * 9],
    ['one article', ['a'], [], 1 + 4 * 10],
    ['a Set of articles and people', new Set(['a', 'b', 'c']), new Set(['p', 'q']), 1 + 4 * 14],
    ['the keys of a Map', new Map([['a', 1]]).keys(), new Map([['p', 1]]).keys(), 1 + 4 * 11],
  ])('with %s has %i pages', (_, ids, people, count) => {
    expect(listPages(ids, people)).toHaveLength(count);
  });

  it('lists no person without being given people', () => {
    expect(listPages(['a']).filter((page) => page.kind === 'person')).toEqual([]);
  });

  it('gives every section page in every language its default address, without a query', () => {
    const pages = listPages([]);
    for (const lang of LANGS) {
      for (const kind of SECTION_KINDS) {
        expect(pages).toContainEqual({ kind, path: `/${lang}/${kind}`, lang });
        expect(pages).toContainEqual({ kind, path: paths[kind](lang), lang });
      }
    }
  });

  it('gives each person page its language and id, at paths.person', () => {
    const pages = listPages([], ['kassym-jomart-tokayev']);
    expect(pages).toContainEqual({ kind: 'person', path: '/ru/people/kassym-jomart-tokayev', lang: 'ru', id: 'kassym-jomart-tokayev' });
    expect(pages.filter((page) => page.kind === 'person').map((page) => page.path)).toEqual(
      LANGS.map((lang) => paths.person(lang, 'kassym-jomart-tokayev')),
    );
  });

  it('gives each page its language, article id and not-found kind', () => {
    const pages = listPages(['a']);
    expect(pages).toContainEqual({ kind: 'article', path: '/kk/articles/a', lang: 'kk', id: 'a' });
    expect(pages).toContainEqual({ kind: 'home', path: '/ru/', lang: 'ru' });
    expect(pages).toContainEqual({ kind: 'not-found', path: '/en/articles/_not-found', lang: 'en', what: 'article' });
    expect(pages).toContainEqual({ kind: 'not-found', path: '/en/_not-found', lang: 'en', what: 'page' });
    expect(pages[0]).toEqual({ kind: 'root', path: '/' });
  });

  it('builds article addresses with paths.article', () => {
    const article = listPages(['a b']).find((page) => page.kind === 'article' && page.lang === 'ru');
    expect(article?.path).toBe(paths.article('ru', 'a b'));
    expect(article?.path).toBe('/ru/articles/a%20b');
  });

  it('writes every page to a file of its own', () => {
    const pages = listPages(['a', 'b', '2023-04-27-assembly-32nd-session'], ['a', 'quotes', 'kassym-jomart-tokayev']);
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
    expect(new Set(pages.map((page) => outputFile(page.path))).size).toBe(pages.length);
  });
});
