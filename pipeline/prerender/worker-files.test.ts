import { describe, expect, it } from 'vitest';
import { keptByWorker } from './worker-files.ts';

describe('keptByWorker', () => {
  it.each<[string, boolean]>([
    ['assets/index-AbCdEf12.js', true],
    ['assets/styles-AbCdEf12.css', true],
    ['assets/noto-sans-cyrillic-400.woff2', true],
    ['assets/noto-sans-cyrillic-400.woff', false],
    ['assets/index-AbCdEf12.js.map', false],
    ['favicon.svg', true],
    ['prefs.js', true],
    ['en/offline.html', true],
    ['kk-Latn/saved.html', true],
    ['en/articles/a.html', false],
    ['data/latest/head.json', false],
    ['sitemap.xml', false],
  ])('%s: %s', (path, kept) => {
    expect(keptByWorker(path)).toBe(kept);
  });
});
