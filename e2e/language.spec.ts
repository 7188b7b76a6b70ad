// Choosing the interface language: the switcher, the remembered choice, the browser's languages, and
// addresses that carry another language or none.
import { expect, SEED, SEED_ID, test, UI, waitForHydration } from './fixtures';
const { en, kk, ru } = UI;
const { en: enArticle, kk: kkArticle, ru: ruArticle } = SEED;

const articlePath = (lang: string) => `/${lang}/articles/${SEED_ID}`;

test.describe('the language switcher', () => {
  test('switches the article to Kazakh and remembers the choice', async ({ page }) => {
    await page.goto(articlePath('en'));
    await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeVisible();
    const switcher = page.getByRole('navigation', { name: en.language.label });
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');

    await switcher.getByRole('link', { name: 'Қазақша' }).click();

    await expect(page).toHaveURL(articlePath('kk'));
    await expect(page.getByRole('heading', { level: 1, name: kkArticle.headline })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page).toHaveTitle(`${kkArticle.headline} — ${kk.site.name}`);
    const kkSwitcher = page.getByRole('navigation', { name: kk.language.label });
    await expect(kkSwitcher.getByRole('link', { name: 'Қазақша' })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('region', { name: kk.awards.title })).toContainText('ІІ дәрежелі «Достық» ордені');

    // Coming back later without a language in the address: the saved choice wins over the browser's English.
    await page.goto('/');
    await expect(page).toHaveURL('/kk/');
    await expect(page.getByRole('heading', { level: 1, name: kk.home.title })).toBeVisible();
  });

  test('loads nothing for another language until the reader points at the switcher, then switches without a request', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(articlePath('en'));
    await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeVisible();
    await waitForHydration(page);
    // eslint-disable-next-line playwright/no-networkidle -- the test is about what the page fetches while read
    await page.waitForLoadState('networkidle');
    // Read only: the page fetched nothing of Kazakh or Russian (strings, article versions).
    expect(requests.filter((path) => /\/(kk|kk-Latn|ru)\.json$|locale-(kk|kk-Latn|ru)-/.test(path))).toEqual([]);

    // Pointing at the switcher is the intent to switch: what the other languages need is fetched then.
    const switcher = page.getByRole('navigation', { name: en.language.label });
    await switcher.getByRole('link', { name: 'Қазақша' }).hover();
    await expect.poll(() => requests.filter((path) => /\/(kk|kk-Latn|ru)\.json$|locale-(kk|kk-Latn|ru)-/.test(path)).length).toBe(6);
    // eslint-disable-next-line playwright/no-networkidle -- the switch must find everything already fetched
    await page.waitForLoadState('networkidle');
    requests.length = 0;
    const icon = await page.locator('link[rel~="icon"]').getAttribute('href');

    await switcher.getByRole('link', { name: 'Қазақша' }).click();
    await expect(page.getByRole('heading', { level: 1, name: kkArticle.headline })).toBeVisible();
    await expect(page.getByRole('navigation', { name: kk.nav.main })).toContainText(kk.nav.quotes);
    await expect(page.getByRole('region', { name: kk.awards.title })).toContainText('ІІ дәрежелі «Достық» ордені');
    await expect(page.getByRole('article').getByRole('figure').filter({ hasText: 'Қасым-Жомарт Тоқаев' }).first()).toBeVisible();
    const toKazakh = [...requests];

    await page.getByRole('navigation', { name: kk.language.label }).getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: ruArticle.headline })).toBeVisible();
    await expect(page.getByRole('navigation', { name: ru.nav.main })).toContainText(ru.nav.quotes);
    await expect(page.getByRole('region', { name: ru.awards.title })).toContainText('орден «Достық» II степени');
    const toRussian = requests.slice(toKazakh.length);

    // Chromium fetches the tab's icon again after a same-document navigation; nothing waits for it.
    expect({ toKazakh: toKazakh.filter((path) => path !== icon), toRussian: toRussian.filter((path) => path !== icon) }).toEqual({
      toKazakh: [],
      toRussian: [],
    });
  });

  test('switches from Russian to English', async ({ page }) => {
    await page.goto(articlePath('ru'));
    await page.getByRole('navigation', { name: ru.language.label }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(articlePath('en'));
    await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('keeps the reader at the same place in the article', async ({ page }) => {
    await page.goto(articlePath('en'));
    const awards = page.getByRole('region', { name: en.awards.title });
    await awards.scrollIntoViewIfNeeded();
    await expect(awards).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();

    // The header does not follow the reader down the page, so the link is activated where it is, without
    // scrolling to it first (as a click from an assistive tool or a keyboard shortcut would).
    await page.getByRole('navigation', { name: en.language.label }).getByRole('link', { name: 'Қазақша' }).dispatchEvent('click');

    await expect(page).toHaveURL(articlePath('kk'));
    await expect(page.getByRole('region', { name: kk.awards.title })).toBeInViewport();
  });
});

test('a shared Russian link opens in Russian', async ({ page }) => {
  await page.goto(articlePath('ru'));
  await expect(page.getByRole('heading', { level: 1, name: ruArticle.headline })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('navigation', { name: ru.language.label })).toBeVisible();
  await expect(page.getByRole('definition').getByRole('time')).toHaveText('27 апреля 2023\u00a0г.');
});

test.describe('an address without a language of ours, in an English browser', () => {
  test('the site root goes to the English home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
    await expect(page.getByRole('heading', { level: 1, name: en.home.title })).toBeVisible();
  });

  test('an unknown language prefix lands on the same article in English', async ({ page }) => {
    await page.goto(`/de/articles/${SEED_ID}`);
    await expect(page).toHaveURL(articlePath('en'));
    await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeVisible();
  });

  test('an article address without a language prefix lands on the article in English', async ({ page }) => {
    await page.goto(`/articles/${SEED_ID}`);
    await expect(page).toHaveURL(articlePath('en'));
    await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeVisible();
  });
});

test.describe('a Kazakh browser', () => {
  test.use({ locale: 'kk-KZ' });

  test('the site root goes to the Kazakh home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/kk/');
    await expect(page.getByRole('heading', { level: 1, name: kk.home.title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  });

  test('an article address without a language prefix lands on the article in Kazakh', async ({ page }) => {
    await page.goto(`/articles/${SEED_ID}`);
    await expect(page).toHaveURL(articlePath('kk'));
    await expect(page.getByRole('heading', { level: 1, name: kkArticle.headline })).toBeVisible();
  });
});

test.describe('a Russian browser', () => {
  test.use({ locale: 'ru-RU' });

  test('the site root goes to the Russian home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/ru/');
    await expect(page.getByRole('heading', { level: 1, name: ru.home.title })).toBeVisible();
  });
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('the site root falls back to the English home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
    await expect(page.getByRole('heading', { level: 1, name: en.home.title })).toBeVisible();
  });
});
