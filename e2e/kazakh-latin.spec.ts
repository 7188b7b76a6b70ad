// The fourth edition, kk-Latn: the Kazakh edition in the 2021 Latin alphabet, converted by the build.
// Its article, its pages without a Cyrillic letter, search across scripts, the switcher between the four
// editions, and the browser's language choosing it.
import type { Page } from '@playwright/test';
import { expect, LANGS, SEED, SEED_ID, test, UI, waitForHydration } from './fixtures';

const latin = UI['kk-Latn'];
const articlePath = (lang: string) => `/${lang}/articles/${SEED_ID}`;
/** The seed headline as the 2021 alphabet and the word list give it, written out here, not converted. */
const LATIN_HEADLINE = 'Prezident Toqaev Qazaqstan halqy Assambleiasynyñ XXXII sessiiasynda söz söiledı';

/** Text a reader of kk-Latn sees or hears that has a Cyrillic letter, outside elements in another language. */
const cyrillicOnPage = (page: Page) =>
  page.evaluate(() => {
    const cyrillic = /\p{Script=Cyrillic}/u;
    const inLatin = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang') === 'kk-Latn';
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template') || !inLatin(parent)) continue;
      if (cyrillic.test(node.textContent ?? '')) found.push(`text: ${node.textContent}`);
    }
    for (const element of document.querySelectorAll('[alt], [title], [aria-label], [placeholder]'))
      for (const name of ['alt', 'title', 'aria-label', 'placeholder'])
        if (inLatin(element) && cyrillic.test(element.getAttribute(name) ?? '')) found.push(`${name}: ${element.getAttribute(name)}`);
    if (cyrillic.test(document.title)) found.push(`title: ${document.title}`);
    for (const meta of document.querySelectorAll('meta[content]'))
      if (cyrillic.test(meta.getAttribute('content')!)) found.push(`meta: ${meta.getAttribute('content')}`);
    return found;
  });

test('the seed article in the 2021 alphabet, labelled as converted, with a link to the Cyrillic original', async ({ page }) => {
  await page.goto(articlePath('kk-Latn'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Latn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LATIN_HEADLINE);
  await expect(page).toHaveTitle(`${LATIN_HEADLINE} — ${latin.site.name}`);
  await expect(page.getByText(latin.language.transliterated)).toBeVisible();
  await expect(page.getByText('Latyn älıpbiıne avtomatty türde audarylğan.')).toBeVisible();
  await expect(page.getByRole('region', { name: latin.awards.title })).toContainText('II därejelı «Dostyq» ordenı');
  await expect(page.getByText('2023\u00a0j. 27 säuır').first()).toBeVisible();
  await waitForHydration(page);
  await page.getByRole('link', { name: latin.language.original }).click();
  await expect(page).toHaveURL(articlePath('kk'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.kk.headline);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
});

for (const path of [
  '/',
  '/articles/2023-04-27-assembly-32nd-session',
  '/quotes',
  '/awards',
  '/timeline',
  '/search?q=birlik',
  '/people/kassym-jomart-tokayev',
  '/nope',
]) {
  test.describe(`/kk-Latn${path}`, () => {
    // The not-found page answers 404, which the browser reports.
    if (path === '/nope') test.use({ allowedConsoleErrors: [/404/] });

    test(`no Cyrillic letter on /kk-Latn${path} but in text marked as another language`, async ({ page }) => {
      await page.goto(`/kk-Latn${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Latn');
      await waitForHydration(page);
      expect(await cyrillicOnPage(page)).toEqual([]);
      // The switcher names Kazakh in Cyrillic, marked as Kazakh: the check above is not blind to Cyrillic.
      await expect(page.getByRole('navigation', { name: latin.language.label }).getByRole('link', { name: 'Қазақша' })).toHaveAttribute(
        'lang',
        'kk',
      );
    });
  });
}

for (const lang of ['kk', 'kk-Latn'] as const)
  for (const query of ['birlik', 'bırlık', 'бірлік', 'БІРЛІК'])
    test(`search in ${lang} finds the seed article from «${query}», its headline in the edition's script`, async ({ page }) => {
      await page.goto(`/${lang}/search?q=${encodeURIComponent(query)}`);
      const results = page.getByRole('main').getByRole('listitem');
      await expect(results).toHaveCount(1);
      await expect(results.getByRole('heading', { level: 2 })).toHaveText(SEED[lang].headline);
      await expect(results.getByRole('link', { name: SEED[lang].headline })).toHaveAttribute('href', articlePath(lang));
    });

test('the switcher goes through all four editions, keeping the place and the fragment', async ({ page }) => {
  await page.goto(`${articlePath('en')}#awards`);
  await waitForHydration(page);
  const order = [...LANGS.slice(1), LANGS[0]!];
  let from: (typeof LANGS)[number] = 'en';
  for (const to of order) {
    const awards = page.getByRole('region', { name: UI[from].awards.title });
    await awards.scrollIntoViewIfNeeded();
    await page
      .getByRole('navigation', { name: UI[from].language.label })
      .getByRole('link', { name: UI[from].language.name[to] })
      .dispatchEvent('click');
    await expect(page).toHaveURL(`${articlePath(to)}#awards`);
    await expect(page.locator('html')).toHaveAttribute('lang', to);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED[to].headline);
    await expect(page.getByRole('region', { name: UI[to].awards.title })).toBeInViewport();
    from = to;
  }
});

test.describe('a browser asking for Kazakh in Latin script', () => {
  test.use({ locale: 'kk-Latn-KZ' });

  test('the site root goes to the kk-Latn home page', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/kk-Latn/');
    await expect(page.getByRole('heading', { level: 1, name: latin.home.title })).toBeVisible();
  });
});

test.describe('a browser asking for plain Kazakh', () => {
  test.use({ locale: 'kk' });

  test('the site root keeps the Cyrillic edition', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL('/kk/');
  });
});
