import { describe, expect, it } from 'vitest';
import { headlineIn, type SavedArticle } from './saved-store';

describe('headlineIn', () => {
  const article: SavedArticle = {
    id: 'x',
    savedAt: 1,
    publishedAt: '2023-04-27',
    original: 'kk',
    headlines: { kk: 'Сессия', ru: 'Сессия (ru)' },
  };

  it("is the reader's own version's headline where there is one", () => {
    expect(headlineIn(article, 'ru')).toEqual({ text: 'Сессия (ru)', lang: 'ru' });
  });

  it("is the original's otherwise, in its language", () => {
    expect(headlineIn(article, 'en')).toEqual({ text: 'Сессия', lang: 'kk' });
  });

  it('is any version’s when the original has none', () => {
    expect(headlineIn({ ...article, headlines: { ru: 'Только ru' } }, 'en')).toEqual({ text: 'Только ru', lang: 'ru' });
  });
});
