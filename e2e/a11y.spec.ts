// No accessibility violations on any kind of page in any language, and the keyboard reaches the content first.
import en from '../locales/en/translation.json' with { type: 'json' };
import kk from '../locales/kk/translation.json' with { type: 'json' };
import ru from '../locales/ru/translation.json' with { type: 'json' };
import enArticle from '../public/articles/2023-04-27-assembly-32nd-session/en.json' with { type: 'json' };
import kkArticle from '../public/articles/2023-04-27-assembly-32nd-session/kk.json' with { type: 'json' };
import ruArticle from '../public/articles/2023-04-27-assembly-32nd-session/ru.json' with { type: 'json' };
import { expect, expectNoAxeViolations, LANGS, SEED_ID, test } from './fixtures';

const ui = { en, kk, ru } as const;
const articles = { en: enArticle, kk: kkArticle, ru: ruArticle } as const;

for (const lang of LANGS) {
  test.describe(`pages in ${lang}`, () => {
    test('the home page has no accessibility violations', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.getByRole('link', { name: articles[lang].headline })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('the article page has no accessibility violations', async ({ page }) => {
      await page.goto(`/${lang}/articles/${SEED_ID}`);
      await expect(page.getByRole('region', { name: ui[lang].timeline.title })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test.describe('not-found pages', () => {
      test.use({ allowedConsoleErrors: [/404/] });

      test('an unknown page has no accessibility violations', async ({ page }) => {
        await page.goto(`/${lang}/no-such-page`);
        await expect(page.getByRole('heading', { level: 1, name: ui[lang].status.notFoundTitle })).toBeVisible();
        await expectNoAxeViolations(page);
      });

      test('an unknown article has no accessibility violations', async ({ page }) => {
        await page.goto(`/${lang}/articles/no-such-article`);
        await expect(page.getByRole('heading', { level: 1, name: ui[lang].status.articleNotFoundTitle })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    });

    test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
      await page.goto(`/${lang}/articles/${SEED_ID}`);
      await expect(page.getByRole('heading', { level: 1, name: articles[lang].headline })).toBeVisible();

      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: ui[lang].nav.skipToContent });
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeInViewport();

      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
      // The next Tab stop is the first link of the main content, not the header's.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
    });
  });
}
