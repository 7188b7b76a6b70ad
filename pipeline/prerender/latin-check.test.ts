import { describe, expect, it } from 'vitest';
import { cyrillicOnPage } from './latin-check.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="kk-Latn"><head><meta charset="utf-8">${head}</head><body>${body}<script>var x = "Қазақ";</script></body></html>`;

describe('cyrillicOnPage', () => {
  it('finds nothing on a Latin page whose Cyrillic is marked as another language', () => {
    const html = page(
      '<title>Jañalyqtar</title><meta name="description" content="Qazaqstan jañalyqtary">',
      '<nav><a lang="kk" href="/kk/">Қазақша</a> <a href="/kk-Latn/">Qazaqşa</a></nav><p>Söz söiledı <span lang="ru">Токаев</span></p><img alt="Foto" src="x.jpg">',
    );
    expect(cyrillicOnPage(html, 'kk-Latn')).toEqual([]);
  });

  it('exempts the head where it quotes text the page shows in another language, and nothing else', () => {
    const html = page(
      '<title>Бюро погоды — Jañalyqtar taspasy</title><meta name="description" content="Вымышленная статья."><meta property="og:image:alt" content="Бюро погоды — 2023 j. 27 säuır, Бюро">',
      '<article lang="ru"><h1>Бюро погоды</h1><p>Вымышленная статья.</p></article>',
    );
    expect(cyrillicOnPage(html, 'kk-Latn')).toEqual([{ where: 'meta og:image:alt', finding: expect.stringMatching(/^"Бюро": Cyrillic/) }]);
  });

  it('names where each Cyrillic word is: text, title, meta, alt, a look-alike letter inside a Latin word', () => {
    const html = page(
      '<title>Жаңалықтар</title><meta property="og:title" content="Assambleia сессиясы">',
      '<p>Prezident Тоқаев</p><p>Аlmaty</p><img alt="Сурет" src="x.jpg"><p lang="kk-Latn">ok</p>',
    );
    // The body first, then the head (checked once the body's text in other languages is known).
    expect(cyrillicOnPage(html, 'kk-Latn')).toEqual([
      { where: 'text', finding: expect.stringMatching(/^"Тоқаев": Cyrillic/) },
      { where: 'text', finding: '"Аlmaty": Cyrillic А (U+0410, looks like Latin A)' },
      { where: 'img alt', finding: expect.stringMatching(/^"Сурет": Cyrillic/) },
      {
        where: '<title>',
        finding:
          '"Жаңалықтар": Cyrillic Ж (U+0416), а (U+0430, looks like Latin a), ң (U+04A3), л (U+043B), ы (U+044B), қ (U+049B), т (U+0442), р (U+0440, looks like Latin p)',
      },
      { where: 'meta og:title', finding: expect.stringMatching(/^"сессиясы": Cyrillic/) },
    ]);
  });
});
