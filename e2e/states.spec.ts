// Unknown addresses, a failing network and damaged content: never a blank page, always a translated
// message and a way on.
import { expect, LANGS, SEED, SEED_ID, test, UI } from './fixtures';
const { kk } = UI;

const ui = UI;
const articles = SEED;

test.describe('addresses that name nothing', () => {
  test.use({ allowedConsoleErrors: [/404/] });

  for (const lang of LANGS) {
    test(`an unknown article says so in ${lang} and leads home`, async ({ page }) => {
      const t = ui[lang];
      await page.goto(`/${lang}/articles/no-such-article`);
      await expect(page.getByRole('heading', { level: 1, name: t.status.articleNotFoundTitle })).toBeVisible();
      await expect(page.getByText(t.status.articleNotFoundText)).toBeVisible();
      await expect(page).toHaveTitle(`${t.status.articleNotFoundTitle} — ${t.site.name}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      await page.getByRole('main').getByRole('link', { name: t.status.goHome }).click();
      await expect(page).toHaveURL(`/${lang}/`);
      await expect(page.getByRole('heading', { level: 1, name: t.home.title })).toBeVisible();
    });
  }

  test('an unknown page says so in Kazakh and leads home', async ({ page }) => {
    await page.goto('/kk/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: kk.status.notFoundTitle })).toBeVisible();
    await expect(page.getByText(kk.status.notFoundText)).toBeVisible();
    await expect(page).toHaveTitle(`${kk.status.notFoundTitle} — ${kk.site.name}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');

    await page.getByRole('main').getByRole('link', { name: kk.status.goHome }).click();
    await expect(page).toHaveURL('/kk/');
    await expect(page.getByRole('heading', { level: 1, name: kk.home.title })).toBeVisible();
  });
});

test.describe('a failing network', () => {
  test.use({ allowedConsoleErrors: [/net::ERR_FAILED|Failed to load resource/] });

  for (const lang of LANGS) {
    test(`the article page offers to try again in ${lang}, and trying again works`, async ({ page }) => {
      const t = ui[lang];
      // The article page arrives prerendered; its data is fetched when the reader comes from the list.
      await page.goto(`/${lang}/`);
      await page.route('**/data/articles/**', (route) => route.abort());
      await page.getByRole('link', { name: articles[lang].headline }).click();

      // The app retries a failed request twice (about three seconds) before it gives up.
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { level: 1, name: t.status.errorTitle })).toBeVisible({ timeout: 10_000 });
      await expect(alert.getByText(t.status.errorNetwork)).toBeVisible();

      await page.unroute('**/data/articles/**');
      await alert.getByRole('button', { name: t.status.retry }).click();

      await expect(page.getByRole('heading', { level: 1, name: articles[lang].headline })).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});

test.describe('damaged content', () => {
  for (const lang of LANGS) {
    test(`an article file that is not an article shows the damaged-data message in ${lang}`, async ({ page }) => {
      const t = ui[lang];
      await page.goto(`/${lang}/`);
      await page.route(`**/articles/${SEED_ID}/${lang}.json`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": 5}' }),
      );
      await page.getByRole('link', { name: articles[lang].headline }).click();

      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { level: 1, name: t.status.errorTitle })).toBeVisible();
      await expect(alert.getByText(t.status.errorContent)).toBeVisible();
      await expect(alert.getByRole('button', { name: t.status.retry })).toBeVisible();
      await expect(page).toHaveTitle(`${t.status.errorTitle} — ${t.site.name}`);
      // The reader can still leave: the site name leads home.
      await expect(page.getByRole('link', { name: t.site.name })).toHaveAttribute('href', `/${lang}/`);
    });
  }
});
