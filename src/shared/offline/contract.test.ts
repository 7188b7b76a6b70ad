import { describe, expect, it } from 'vitest';
import { articleOfFile, articleOfPage, keptPageOf, pagesToDrop, STORED_AT, storedCopy, withKeptPage, type KeptPage } from './contract';

describe('a kept page', () => {
  const page: Omit<KeptPage, 'path'> = {
    articleId: '2023-04-27-assembly-32nd-session',
    headline: 'Қазақстан халқы Ассамблеясының XXXII сессиясы — «Бірлік»',
    headlineLang: 'kk',
    publishedAt: '2023-04-27T10:00:00+06:00',
    openedAt: 1_700_000_000_000,
  };

  it('says what it is in its headers, Kazakh and Russian text included, and keeps its body and status', async () => {
    const kept = await withKeptPage(new Response('<html>page</html>', { status: 200, headers: { 'content-type': 'text/html' } }), page);
    expect(keptPageOf('/kk/articles/x', kept)).toEqual({ path: '/kk/articles/x', ...page });
    expect(kept.headers.get('content-type')).toBe('text/html');
    expect(await kept.text()).toBe('<html>page</html>');
  });

  it('is not one when kept without them', () => {
    expect(keptPageOf('/kk/articles/x', new Response('x'))).toBeNull();
  });
});

describe('a stored file', () => {
  it('says when it was stored', async () => {
    const stored = await storedCopy(new Response('{}', { headers: { 'content-type': 'application/json' } }), 42);
    expect(stored.headers.get(STORED_AT)).toBe('42');
    expect(stored.headers.get('content-type')).toBe('application/json');
  });
});

describe('pagesToDrop', () => {
  it('drops all but the pages opened last', () => {
    const pages = [
      { path: '/en/articles/a', openedAt: 3 },
      { path: '/en/articles/b', openedAt: 1 },
      { path: '/en/articles/c', openedAt: 2 },
    ];
    expect(pagesToDrop(pages, 2)).toEqual([{ path: '/en/articles/b', openedAt: 1 }]);
    expect(pagesToDrop(pages, 3)).toEqual([]);
  });
});

describe('the article of an address', () => {
  it.each([
    ['/kk/articles/a%20b', { lang: 'kk', articleId: 'a b' }],
    ['/en/articles/_not-found', null],
    ['/en/quotes', null],
    ['/en/articles/a/b', null],
  ])('page %s', (path, expected) => {
    expect(articleOfPage(path)).toEqual(expected);
  });

  it.each([
    ['/articles/x/en.json', 'x'],
    ['/articles/x/photo-640.avif', 'x'],
    ['/data/articles/x.json', 'x'],
    ['/data/latest/1.json', null],
  ])('file %s', (path, expected) => {
    expect(articleOfFile(path)).toBe(expected);
  });
});
