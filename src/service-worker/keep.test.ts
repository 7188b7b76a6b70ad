import { describe, expect, it } from 'vitest';
import { assetsOf, buildsToKeep, filesToDrop } from './keep';

describe('assetsOf', () => {
  it('finds every asset a page refers to, once each', () => {
    const html =
      '<link rel="stylesheet" href="/assets/index-a1.css"><script type="module" src="/assets/index-b2.js"></script>' +
      '<link rel="preload" href="/assets/noto-c3.woff2" as="font"><link rel="modulepreload" href="/assets/index-b2.js">';
    expect(assetsOf(html)).toEqual(['/assets/index-a1.css', '/assets/index-b2.js', '/assets/noto-c3.woff2']);
  });

  it('finds none in a page without any', () => {
    expect(assetsOf('<p>/articles/x/photo.jpg</p>')).toEqual([]);
  });
});

describe('buildsToKeep', () => {
  const builds = new Map([
    ['new', new Set(['/assets/index-new.js'])],
    ['previous', new Set(['/assets/index-previous.js'])],
    ['old', new Set(['/assets/index-old.js'])],
    ['older', new Set(['/assets/index-older.js'])],
  ]);

  it('keeps the current build and the one activated before it', () => {
    expect(buildsToKeep('new', ['new', 'previous', 'old', 'older'], builds, [])).toEqual(new Set(['new', 'previous']));
  });

  it('keeps every build a kept page needs, however old', () => {
    expect(buildsToKeep('new', ['new', 'previous', 'old', 'older'], builds, ['/assets/index-older.js'])).toEqual(
      new Set(['new', 'previous', 'older']),
    );
  });

  it('keeps only the current build on the first activation', () => {
    expect(buildsToKeep('new', ['new'], builds, [])).toEqual(new Set(['new']));
  });
});

describe('filesToDrop', () => {
  const file = (path: string, articleId: string | null, storedAt: number) => ({ path, articleId, storedAt });

  it('keeps every file of a kept article and the newest others', () => {
    const files = [
      file('/articles/kept/en.json', 'kept', 1),
      file('/articles/gone/en.json', 'gone', 5),
      file('/data/latest/1.json', null, 4),
      file('/data/quotes/all/1.json', null, 3),
      file('/articles/gone/photo-640.avif', 'gone', 2),
    ];
    expect(filesToDrop(files, new Set(['kept']), 2).map(({ path }) => path)).toEqual([
      '/data/quotes/all/1.json',
      '/articles/gone/photo-640.avif',
    ]);
  });

  it('drops nothing under the limit', () => {
    expect(filesToDrop([file('/data/latest/1.json', null, 1)], new Set(), 1)).toEqual([]);
  });
});
