import { describe, expect, it } from 'vitest';
import { shownDoc } from './shown-doc';

const kk = {
  articleId: 'a',
  lang: 'kk' as const,
  publishedAt: '2023-04-27',
  headline: 'Ассамблея сессиясы',
  summary: 'Бірлік туралы.',
};

describe('shownDoc', () => {
  it('shows a Kazakh result in Latin in the kk-Latn edition', () => {
    expect(shownDoc(kk, 'kk-Latn')).toEqual({ ...kk, lang: 'kk-Latn', headline: 'Assambleia sessiiasy', summary: 'Bırlık turaly.' });
  });

  it('leaves it as written in the other editions, and other languages everywhere', () => {
    for (const lang of ['en', 'kk', 'ru'] as const) expect(shownDoc(kk, lang)).toBe(kk);
    const ru = { ...kk, lang: 'ru' as const, headline: 'Сессия Ассамблеи' };
    expect(shownDoc(ru, 'kk-Latn')).toBe(ru);
  });
});
