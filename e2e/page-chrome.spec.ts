// The frame around every page: a skip link that is the first Tab stop and is hidden until focused, a
// header of at most two rows on a desktop screen in every language (its landmarks and keyboard order
// unchanged), and a search form drawn with the site's own controls.
import type { Locator, Page } from '@playwright/test';
import { expect, LANGS, SEED, SEED_ID, test, UI, type Lang } from './fixtures';

const articlePath = (lang: Lang) => `/${lang}/articles/${SEED_ID}`;
const SECTIONS = ['latest', 'quotes', 'awards', 'timeline', 'search'] as const;

/** The header's controls in their keyboard order: site name, languages, sections, reading settings. */
const headerControls = (page: Page, lang: Lang): Locator[] => {
  const t = UI[lang];
  const banner = page.getByRole('banner');
  const languages = banner.getByRole('navigation', { name: t.language.label });
  const sections = banner.getByRole('navigation', { name: t.nav.main });
  return [
    banner.getByRole('link', { name: t.site.name }),
    ...LANGS.map((code) => languages.getByRole('link', { name: t.language.name[code] })),
    ...SECTIONS.map((section) => sections.getByRole('link', { name: t.nav[section] })),
    banner.getByRole('button', { name: t.settings.button }),
  ];
};

/** The rows the controls sit in: boxes whose vertical middles are within half a box of each other share one. */
const rowsOf = async (controls: Locator[]) => {
  const middles: { middle: number; height: number }[] = [];
  for (const control of controls) {
    const box = (await control.boundingBox())!;
    middles.push({ middle: box.y + box.height / 2, height: box.height });
  }
  const rows: number[] = [];
  for (const { middle, height } of middles.sort((a, b) => a.middle - b.middle))
    if (!rows.some((row) => Math.abs(row - middle) < height / 2)) rows.push(middle);
  return rows.length;
};

for (const lang of LANGS) {
  // One load of the article for what the header and the skip link owe it; each part is a step.
  test(`${lang}: the skip link and the header on the article page`, async ({ page, hydrated }) => {
    await page.goto(articlePath(lang));
    const skipLink = page.getByRole('link', { name: UI[lang].nav.skipToContent });

    await test.step('the skip link stays wholly out of sight until focused, at every width', async () => {
      for (const width of [320, 375, 480, 768, 1024, 1280, 1600]) {
        await page.setViewportSize({ width, height: 800 });
        const box = (await skipLink.boundingBox())!;
        expect(box.y + box.height, `its lower edge at ${width} px`).toBeLessThanOrEqual(0);
      }
    });

    await hydrated();
    await expect(page.getByRole('heading', { level: 1, name: SEED[lang].headline })).toBeVisible();
    const controls = headerControls(page, lang);

    await test.step('the header takes at most two rows from 1024 px', async () => {
      for (const width of [1024, 1280, 1600]) {
        await page.setViewportSize({ width, height: 800 });
        expect(await rowsOf(controls), `rows at ${width} px`).toBeLessThanOrEqual(2);
        // Nothing in the header overflows it or the page.
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      }
    });

    await test.step('the skip link is the first Tab stop, the header follows in order', async () => {
      // The keyboard meets the controls in the order the header lists them, after the skip link.
      await page.keyboard.press('Tab');
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeInViewport({ ratio: 1 });
      for (const control of controls) {
        await page.keyboard.press('Tab');
        await expect(control).toBeFocused();
      }
    });

    await test.step('the skip link moves focus to the main content', async () => {
      await skipLink.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
      // The next Tab stop is the first link of the main content, not the header's.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
    });
  });

  test(`${lang}: the search form has the site's own controls, its label apart from its field`, async ({ page }) => {
    await page.goto(`/${lang}/search`);
    const form = page.getByRole('search');
    const label = form.getByText(UI[lang].search.label, { exact: true });
    const field = form.getByLabel(UI[lang].search.label);
    const button = form.getByRole('button', { name: UI[lang].search.submit });
    const [labelBox, fieldBox, buttonBox] = await Promise.all([label.boundingBox(), field.boundingBox(), button.boundingBox()]);
    // The label sits above the field, not run into it.
    expect(labelBox!.y + labelBox!.height).toBeLessThanOrEqual(fieldBox!.y);
    // The field and the button form one row, as tall as each other, and readable in width.
    expect(Math.abs(fieldBox!.y - buttonBox!.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(fieldBox!.height - buttonBox!.height)).toBeLessThanOrEqual(1);
    expect(fieldBox!.width).toBeGreaterThanOrEqual(240);
    // Drawn as the site draws its controls: the page's font, its colours, rounded corners.
    const bodyFont = await page.locator('.site-header').evaluate((element) => getComputedStyle(element).fontFamily);
    for (const control of [field, button]) {
      await expect(control).toHaveCSS('font-family', bodyFont);
      await expect(control).not.toHaveCSS('border-radius', '0px');
    }
    const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    await expect(button).toHaveCSS('background-color', rgb(accent));
  });
}
