// Links to one quote, award list or timeline event (`#{block id}`): the reader lands on it, focus is on it
// for keyboard and screen-reader users, and it is highlighted for a moment so the eye finds it.
import type { Locator, Page } from '@playwright/test';
import { expect, SEED, SEED_ID, test, UI } from './fixtures';
const { en } = UI;
const { en: enArticle } = SEED;

const articlePath = `/en/articles/${SEED_ID}`;
const quoteText = (id: string) => enArticle.body.find((block) => block.type === 'quote' && block.id === id)!.text!;
const eventText = (id: string) =>
  (enArticle.body.find((block) => block.type === 'timeline')!.events as { id: string; text: string }[]).find((event) => event.id === id)!
    .text;

/**
 * The app starts once the page's first frame is painted, and frames wait for the paused clock too: the
 * page's time steps a frame at a time until the app has taken over the page.
 */
const hydrateOnPausedClock = (page: Page) =>
  expect
    .poll(async () => {
      await page.clock.runFor(16);
      return page.locator('html').getAttribute('data-hydrated');
    })
    .toBe('true');

/**
 * The block the link named is where the reader looks, has focus, and is highlighted, then no longer. The
 * page runs on the test's paused clock (set before it loads), so a busy machine cannot end the highlight
 * before it is seen.
 */
const expectLandedOn = async (page: Page, block: Locator) => {
  await hydrateOnPausedClock(page);
  await expect(block).toBeInViewport();
  await expect(block).toBeFocused();
  await expect(block).toHaveClass(/is-highlighted/);
  // The highlight is a moment (2.5 s), not a state the block stays in.
  await page.clock.runFor(3_000);
  await expect(block).not.toHaveClass(/is-highlighted/);
  await expect(block).toBeInViewport();
};

test.beforeEach(async ({ page }) => {
  // Timers wait for the test: only runFor() moves the page's time on.
  const now = Date.now();
  await page.clock.install({ time: now });
  await page.clock.pauseAt(now + 1_000);
});

test.describe('opening a link to one block of an article', () => {
  test('a quote: the reader lands on it', async ({ page }) => {
    await page.goto(`${articlePath}#q-shared-home`);
    const quote = page
      .getByRole('article')
      .getByRole('figure')
      .filter({ hasText: quoteText('q-shared-home') });
    await expectLandedOn(page, quote);
    await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).not.toBeInViewport();
  });

  test('the award list: the reader lands on it', async ({ page }) => {
    await page.goto(`${articlePath}#awards`);
    await expectLandedOn(page, page.getByRole('region', { name: en.awards.title }));
  });

  test('a timeline event: the reader lands on it', async ({ page }) => {
    await page.goto(`${articlePath}#session-opening`);
    const event = page
      .getByRole('region', { name: en.timeline.title })
      .getByRole('listitem')
      .filter({ hasText: eventText('session-opening') });
    await expectLandedOn(page, event);
  });
});

test.describe('following a quote’s link while reading', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  /** From the home page to the article, then copy a quote's link, as a reader about to send it on would. */
  const readAndCopyQuoteLink = async (page: Page) => {
    await page.goto('/en/');
    await hydrateOnPausedClock(page);
    await page.getByRole('link', { name: enArticle.headline }).click();
    await expect(page).toHaveURL(articlePath);
    await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeVisible();
    const quote = page
      .getByRole('article')
      .getByRole('figure')
      .filter({ hasText: quoteText('q-kazakh-identity') });
    await quote.getByRole('button', { name: en.share.copyQuoteLink }).click();
    await expect(quote.getByRole('status')).toHaveText(en.share.linkCopied);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname + new URL(link).hash).toBe(`${articlePath}#q-kazakh-identity`);
    // Back to the top, where the reader started.
    await page.getByRole('link', { name: en.nav.skipToContent }).focus();
    await page.keyboard.press('Home');
    await expect(quote).not.toBeInViewport();
    return { quote, link };
  };

  test('pasting the link into the address bar lands on the quote', async ({ page }) => {
    const { quote, link } = await readAndCopyQuoteLink(page);

    await page.goto(link);

    await expect(page).toHaveURL(`${articlePath}#q-kazakh-identity`);
    await expectLandedOn(page, quote);
  });

  test('Back then returns to the article’s address and then to the home page', async ({ page }) => {
    const { quote, link } = await readAndCopyQuoteLink(page);
    await page.goto(link);
    await expect(quote).toBeInViewport();

    await page.goBack();
    await expect(page).toHaveURL(articlePath);
    await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeAttached();

    await page.goBack();
    await expect(page).toHaveURL('/en/');
    await expect(page.getByRole('heading', { level: 1, name: en.home.title })).toBeVisible();
  });
});
