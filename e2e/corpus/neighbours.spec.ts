// The older and the newer article at the end of each article, over the fixture site (`npm run build:fixtures`):
// following them walks the latest-articles order, in the reader's language, and leads back.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, readCorpus, test, UI, type Lang } from '../fixtures';

const ui = UI;

// What the fixture site holds, read from the content folder it was built from.
const { versionsById, originalOf, versionIn, newestFirst: NEWEST_FIRST } = readCorpus();

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const moreArticles = (page: Page, lang: Lang) => page.getByRole('navigation', { name: ui[lang].article.moreArticles });
/** The list item for one direction: the link (named by its direction, then the headline) and the date. */
const neighbour = (page: Page, lang: Lang, direction: 'olderArticle' | 'newerArticle') =>
  moreArticles(page, lang)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: ui[lang].article[direction] }) });
const neighbourLink = (page: Page, lang: Lang, direction: 'olderArticle' | 'newerArticle') =>
  neighbour(page, lang, direction).getByRole('link');

/** Opens an article and checks it is the one expected: address, headline, interface language. */
const expectArticle = async (page: Page, lang: Lang, id: string) => {
  await expect(page).toHaveURL(`/${lang}/articles/${id}`);
  await expect(h1(page)).toHaveText(versionIn(id, lang).headline);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
};

/** Checks a neighbour link: its direction, the headline the reader of `lang` sees, marked if in another language, and its date. */
const expectNeighbour = async (page: Page, lang: Lang, direction: 'olderArticle' | 'newerArticle', id: string) => {
  const link = neighbourLink(page, lang, direction);
  const version = versionIn(id, lang);
  await expect(link).toHaveAttribute('href', `/${lang}/articles/${id}`);
  const headline = link.getByText(version.headline, { exact: true });
  await expect(headline).toBeVisible();
  if (version.lang === lang) await expect(headline).not.toHaveAttribute('lang');
  else await expect(headline).toHaveAttribute('lang', version.lang);
  await expect(neighbour(page, lang, direction).getByRole('time')).toHaveAttribute(
    'datetime',
    originalOf(versionsById.get(id)!).publishedAt,
  );
};

test('the fixture site has enough articles to walk through', () => {
  expect(NEWEST_FIRST.length).toBeGreaterThanOrEqual(40);
});

for (const lang of ['kk', 'ru'] as const) {
  test(`${lang}: following the older article, then the newer one, leads back`, async ({ page }) => {
    // An article whose older neighbour has no version in this language: its headline comes in the original's.
    const index = NEWEST_FIRST.findIndex(
      (_, i) => i > 0 && i < NEWEST_FIRST.length - 1 && versionIn(NEWEST_FIRST[i + 1]!, lang).lang !== lang,
    );
    expect(index).toBeGreaterThan(0);
    const [newer, current, older] = [NEWEST_FIRST[index - 1]!, NEWEST_FIRST[index]!, NEWEST_FIRST[index + 1]!];

    await page.goto(`/${lang}/articles/${current}`);
    await expectArticle(page, lang, current);
    await expectNeighbour(page, lang, 'newerArticle', newer);
    await expectNeighbour(page, lang, 'olderArticle', older);

    await neighbourLink(page, lang, 'olderArticle').click();
    await expectArticle(page, lang, older);
    // The reader starts the next article at its top, where a screen reader announces it.
    await expect(h1(page)).toBeFocused();
    await expect(h1(page)).toBeInViewport();
    await expectNeighbour(page, lang, 'newerArticle', current);

    await neighbourLink(page, lang, 'newerArticle').click();
    await expectArticle(page, lang, current);
    await expect(h1(page)).toBeFocused();
    await expectNeighbour(page, lang, 'olderArticle', older);
  });
}

test('the newest article has only an older one, the oldest only a newer one', async ({ page }) => {
  const newest = NEWEST_FIRST[0]!;
  const oldest = NEWEST_FIRST[NEWEST_FIRST.length - 1]!;
  await page.goto(`/en/articles/${newest}`);
  await expectArticle(page, 'en', newest);
  await expectNeighbour(page, 'en', 'olderArticle', NEWEST_FIRST[1]!);
  await expect(moreArticles(page, 'en').getByRole('link')).toHaveCount(1);

  await page.goto(`/en/articles/${oldest}`);
  await expectArticle(page, 'en', oldest);
  await expectNeighbour(page, 'en', 'newerArticle', NEWEST_FIRST[NEWEST_FIRST.length - 2]!);
  await expect(moreArticles(page, 'en').getByRole('link')).toHaveCount(1);
});

test('an article with both neighbours has no accessibility violations', async ({ page }) => {
  const id = NEWEST_FIRST[Math.floor(NEWEST_FIRST.length / 2)]!;
  await page.goto(`/ru/articles/${id}`);
  await expect(neighbourLink(page, 'ru', 'olderArticle')).toBeVisible();
  await expect(neighbourLink(page, 'ru', 'newerArticle')).toBeVisible();
  await expectNoAxeViolations(page);
});
