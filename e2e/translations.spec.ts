// A Kazakh or Russian reader never meets an English interface string: every visible text node of every
// kind of page is checked against the English resources.
import en from '../locales/en/translation.json' with { type: 'json' };
import kk from '../locales/kk/translation.json' with { type: 'json' };
import ru from '../locales/ru/translation.json' with { type: 'json' };
import { expect, SEED_ID, test } from './fixtures';

type Messages = { [key: string]: string | Messages };
const flatten = (messages: Messages): string[] =>
  Object.values(messages).flatMap((value) => (typeof value === 'string' ? [value] : flatten(value)));

const others = new Set([...flatten(kk), ...flatten(ru)]);
/** English strings that are not the same in the other languages (autonyms and brand names are). */
const englishOnly = flatten(en).filter((text) => !others.has(text));
/** The fixed part of each string: text around placeholders, long enough to mean something. */
const englishFragments = [...new Set(englishOnly.flatMap((text) => text.split(/\{\{[^}]+\}\}/)).map((part) => part.trim()))].filter(
  (part) => part.length >= 4,
);

const PAGES = {
  home: (lang: string) => `/${lang}/`,
  article: (lang: string) => `/${lang}/articles/${SEED_ID}`,
  'not found': (lang: string) => `/${lang}/no-such-page`,
  quotes: (lang: string) => `/${lang}/quotes`,
  'quotes of one speaker': (lang: string) => `/${lang}/quotes?speaker=kassym-jomart-tokayev`,
  awards: (lang: string) => `/${lang}/awards`,
  'grants of one award': (lang: string) => `/${lang}/awards?award=order-dostyk&degree=2`,
  timeline: (lang: string) => `/${lang}/timeline`,
  person: (lang: string) => `/${lang}/people/kassym-jomart-tokayev`,
  'unknown person': (lang: string) => `/${lang}/people/no-such-person`,
  search: (lang: string) => `/${lang}/search`,
};

for (const lang of ['kk', 'ru'] as const) {
  test.describe(`every page in ${lang}`, () => {
    test.use({ allowedConsoleErrors: [/404/] });
    for (const [kind, path] of Object.entries(PAGES)) {
      test(`the ${kind} page shows no English interface text`, async ({ page }) => {
        await page.goto(path(lang));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Visible text outside anything marked as English content (an English-only article's body is).
        const texts = await page.evaluate(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const found: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            const text = node.textContent?.trim();
            if (!element || !text || element.closest('[lang="en"]') || element.closest('script')) continue;
            if (element.getClientRects().length === 0 && !element.closest('.visually-hidden')) continue;
            found.push(text);
          }
          return found;
        });
        expect(texts.length).toBeGreaterThan(5);
        const english = texts.filter((text) => englishFragments.some((fragment) => text.includes(fragment)));
        expect(english).toEqual([]);
        // Accessible names count too.
        const labels = await page
          .locator('[aria-label]')
          .evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
        expect(labels.filter((label) => englishFragments.some((fragment) => label.includes(fragment)))).toEqual([]);
        await expect(page).not.toHaveTitle(new RegExp(en.site.name));
      });
    }
  });
}
