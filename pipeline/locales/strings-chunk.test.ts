import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/shared/languages.ts';
import { stringsChunkLanguage } from './strings-chunk.ts';

describe('stringsChunkLanguage', () => {
  it.each([
    ['/assets/locale-kk-Latn-CYYqWTn8.js', 'kk-Latn'],
    ['/assets/locale-kk-BL6EKyxm.js', 'kk'],
    // A hash may itself look like a tag's continuation.
    ['locale-kk-Latnabcd.js', 'kk'],
    ['assets/locale-en-BvFRwTPF.js', 'en'],
    ['/assets/locale-ru-DBvTY5vb.js', 'ru'],
  ])('%s holds the strings of %s', (file, lang) => {
    expect(stringsChunkLanguage(file)).toBe(lang);
  });

  it.each(['/assets/locale-kk-BL6EKyxm.js.map', '/assets/boot-DB2ffUQ8.js', '/data/articles/x/kk.json', '/assets/locale-xx-BL6EKyxm.js'])(
    '%s holds no language’s strings',
    (file) => {
      expect(stringsChunkLanguage(file)).toBeUndefined();
    },
  );

  it('tells every language from every other, whatever the hash', () => {
    for (const lang of LANGS)
      for (const hash of ['BvFRwTPF', 'Latn-xyz', 'a-b-c-d0'])
        expect(stringsChunkLanguage(`/assets/locale-${lang}-${hash}.js`), `${lang} ${hash}`).toBe(lang);
  });
});
