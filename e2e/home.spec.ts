// The home page: the latest articles, each as a headline link, its date and its summary.
import { expect, SEED, SEED_ID, test, UI } from './fixtures';
const { en, kk, ru } = UI;
const { en: enArticle, kk: kkArticle, ru: ruArticle } = SEED;

const listings = [
  { lang: 'en', ui: en, article: enArticle, date: '27 April 2023' },
  { lang: 'kk', ui: kk, article: kkArticle, date: '2023\u00a0ж. 27 сәуір' },
  { lang: 'ru', ui: ru, article: ruArticle, date: '27 апреля 2023\u00a0г.' },
] as const;

for (const { lang, ui, article, date } of listings) {
  test(`the ${lang} home page lists the seed article with its headline, date and summary`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await expect(page.getByRole('heading', { level: 1, name: ui.home.title })).toBeVisible();
    await expect(page).toHaveTitle(`${ui.home.title} — ${ui.site.name}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    const link = page.getByRole('link', { name: article.headline });
    await expect(link).toHaveAttribute('href', `/${lang}/articles/${SEED_ID}`);
    const card = page.getByRole('main').getByRole('listitem').filter({ has: link });
    await expect(card.getByRole('heading', { level: 2, name: article.headline })).toBeVisible();
    await expect(card.getByRole('time')).toHaveAttribute('datetime', '2023-04-27');
    await expect(card.getByRole('time')).toHaveText(date);
    await expect(card.getByText(article.summary, { exact: true })).toBeVisible();
  });
}

test('following a headline on the home page opens the article', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: enArticle.headline }).click();
  await expect(page).toHaveURL(`/en/articles/${SEED_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeVisible();
  await expect(page).toHaveTitle(`${enArticle.headline} — ${en.site.name}`);

  // And back again through the article's own link to the list.
  await page.getByRole('link', { name: en.article.backToLatest }).click();
  await expect(page).toHaveURL('/en/');
  await expect(page.getByRole('link', { name: enArticle.headline })).toBeVisible();
});

test('following a Kazakh headline opens the Kazakh article', async ({ page }) => {
  await page.goto('/kk/');
  await page.getByRole('link', { name: kkArticle.headline }).click();
  await expect(page).toHaveURL(`/kk/articles/${SEED_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: kkArticle.headline })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
});
