// A reader with a keyboard and no mouse: from the home page to the article, another interface language,
// the reading settings, a quote's own link, and back to the list. Every step is a key press; every stop
// is checked for focus and for a focus indicator the reader can see.
import type { Locator, Page } from '@playwright/test';
import { expect, LANGS, SEED, SEED_ID, test, UI, waitForHydration } from './fixtures';

type Lang = (typeof LANGS)[number];
const ui = UI;
const articles = SEED;
const FIRST_QUOTE = 'q-one-family';

/** The most Tab presses any step may take: a bound, so a lost focus fails instead of looping. */
const MAX_TABS = 40;

/** The focused element's focus indicator: an outline or a box shadow that differs from the page. */
const focusRing = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element);
    const page = getComputedStyle(document.body).backgroundColor;
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== page;
    return { focusVisible: element.matches(':focus-visible'), outline, boxShadow: style.boxShadow !== 'none' };
  });

/** Focus is on `locator`, and the reader can see where it is. */
const expectVisibleFocus = async (locator: Locator) => {
  await expect(locator).toBeFocused();
  const ring = await focusRing(locator);
  expect(ring.focusVisible, 'matches :focus-visible').toBe(true);
  expect(ring.outline || ring.boxShadow, 'has an outline of at least 2px or a box shadow').toBe(true);
};

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after MAX_TABS presses. */
const tabTo = async (page: Page, target: Locator, { backwards = false } = {}) => {
  await expect(target).toHaveCount(1);
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  expect(await isFocused(target), `focus reached the target within ${MAX_TABS} presses`).toBe(true);
};

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('the keyboard alone', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const from of LANGS) {
    const to: Lang = LANGS[(LANGS.indexOf(from) + 1) % LANGS.length]!;

    test(`reads, switches ${from} → ${to}, sets the reading comfort, copies a quote’s link and goes back`, async ({ page }) => {
      await page.goto(`/${from}/`);
      await waitForHydration(page);

      // The skip link is the first stop and leads past the header.
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: ui[from].nav.skipToContent });
      await expectVisibleFocus(skipLink);
      await expect(skipLink).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();

      // The seed article's link, then the article: focus lands on its headline, which a screen reader reads
      // out, and the document's title says where the reader is.
      const articleLink = page.getByRole('main').getByRole('link', { name: articles[from].headline });
      await tabTo(page, articleLink);
      await expectVisibleFocus(articleLink);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`/${from}/articles/${SEED_ID}`);
      const headline = page.getByRole('heading', { level: 1, name: articles[from].headline });
      await expectVisibleFocus(headline);
      expect(await page.title()).toContain(articles[from].headline);

      // Another interface language, back up in the header: the same article, the same focus.
      const languageLink = page
        .getByRole('navigation', { name: ui[from].language.label })
        .getByRole('link', { name: ui[from].language.name[to] });
      await tabTo(page, languageLink, { backwards: true });
      await expectVisibleFocus(languageLink);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`/${to}/articles/${SEED_ID}`);
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      const chosenLanguage = page
        .getByRole('navigation', { name: ui[to].language.label })
        .getByRole('link', { name: ui[to].language.name[to] });
      await expect(chosenLanguage).toHaveAttribute('aria-current', 'true');
      await expectVisibleFocus(chosenLanguage);
      await expect(page.getByRole('heading', { level: 1, name: articles[to].headline })).toBeVisible();

      // The reading settings: a disclosure button, then native radio groups driven by the arrow keys.
      const settingsButton = page.getByRole('button', { name: ui[to].settings.button });
      await tabTo(page, settingsButton);
      await expectVisibleFocus(settingsButton);
      await page.keyboard.press('Enter');
      await expect(settingsButton).toHaveAttribute('aria-expanded', 'true');
      const themes = page.getByRole('group', { name: ui[to].settings.theme.legend });
      await page.keyboard.press('Tab');
      await expectVisibleFocus(themes.getByRole('radio', { name: ui[to].settings.theme.system, exact: true }));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const dark = themes.getByRole('radio', { name: ui[to].settings.theme.dark, exact: true });
      await expect(dark).toBeChecked();
      await expectVisibleFocus(dark);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

      const sizes = page.getByRole('group', { name: ui[to].settings.textSize.legend });
      await page.keyboard.press('Tab');
      await expectVisibleFocus(sizes.getByRole('radio', { name: ui[to].settings.textSize.m, exact: true }));
      await page.keyboard.press('ArrowRight');
      const large = sizes.getByRole('radio', { name: ui[to].settings.textSize.l, exact: true });
      await expect(large).toBeChecked();
      await expectVisibleFocus(large);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'l');

      // Escape closes the panel and gives focus back to its button; the choice stays.
      await page.keyboard.press('Escape');
      await expect(settingsButton).toHaveAttribute('aria-expanded', 'false');
      await expectVisibleFocus(settingsButton);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

      // A quote's own link, copied with the keyboard, and the copy announced in the quote's live region.
      const quote = page.locator(`#${FIRST_QUOTE}`);
      const copyQuote = quote.getByRole('button', { name: ui[to].share.copyQuoteLink });
      await tabTo(page, copyQuote);
      await expectVisibleFocus(copyQuote);
      await page.keyboard.press('Enter');
      await expect(quote.getByRole('status')).toHaveText(ui[to].share.linkCopied);
      const copied = new URL(await clipboardText(page));
      expect(copied.origin).toBe(new URL(page.url()).origin);
      expect(`${copied.pathname}${copied.hash}`).toBe(`/${to}/articles/${SEED_ID}#${FIRST_QUOTE}`);

      // Back to the list by the link under the article: the home page, its heading focused.
      const backLink = page.getByRole('link', { name: ui[to].article.backToLatest });
      await tabTo(page, backLink);
      await expectVisibleFocus(backLink);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`/${to}/`);
      await expectVisibleFocus(page.getByRole('heading', { level: 1, name: ui[to].home.title }));
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  }
});
