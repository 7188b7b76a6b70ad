// Every kind of page a reader can reach, in every language, loaded once and checked for everything a
// page owes any reader: hydration keeps its prerendered main content, no accessibility violation in the
// light and the dark palette (and, on the article, with the reading settings open), no English interface
// text on a Kazakh or Russian page, and no violation of the content security policy while it loads,
// hydrates and is used a little.
import type { Page } from '@playwright/test';
import { ENTITIES, expect, LANGS, SEED, SEED_ID, test, UI, useThePage, type Lang } from './fixtures';

const SPEAKER = 'kassym-jomart-tokayev';
/** A word of the seed article in each language, and one that no article has. */
const FOUND = { en: 'Tokayev', kk: 'Тоқаев', 'kk-Latn': 'Toqaev', ru: 'Токаев' } as const;
const NOT_FOUND_WORD = 'zzxqvw';

/** The page's own background in each palette (styles.css), as the browser computes it. */
const BACKGROUND = { light: 'rgb(253, 252, 249)', dark: 'rgb(22, 24, 28)' } as const;

const speakerName = (lang: Lang) => ENTITIES.people[SPEAKER]!.name[lang]!;

interface PageKind {
  path: (lang: Lang) => string;
  /** What shows once the page has its content (and, for a query, the result of it). */
  ready: (page: Page, lang: Lang) => Promise<void>;
  /** A 404 document: the browser logs its status as an error. */
  notFound?: true;
  /**
   * Prerendered as it is shown, so hydration must keep its main content: not a variant whose address the
   * server answers with the page it has (a query's results, a filter) for the app to fill in.
   */
  inPlace?: true;
  /** The article: its reading settings panel is scanned as well. */
  settings?: true;
  /** The search page: a query typed and sent, as a reader does. */
  search?: true;
  /**
   * Used a little after the checks (settings, a copied link, another language) while the policy is
   * watched; the variants of a page (a query, a filter, another missing address) are watched while they
   * load and hydrate, as their code is the same.
   */
  use?: true;
}

const heading = (page: Page, name: string) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
const status = (page: Page, text: string | RegExp) => expect(page.getByRole('main').getByRole('status')).toHaveText(text);

const PAGE_KINDS: Record<string, PageKind> = {
  home: {
    inPlace: true,
    use: true,
    path: (lang) => `/${lang}/`,
    ready: (page, lang) => expect(page.getByRole('link', { name: SEED[lang].headline })).toBeVisible(),
  },
  article: {
    inPlace: true,
    use: true,
    path: (lang) => `/${lang}/articles/${SEED_ID}`,
    ready: (page, lang) => expect(page.getByRole('region', { name: UI[lang].timeline.title })).toBeVisible(),
    settings: true,
  },
  quotes: { use: true, inPlace: true, path: (lang) => `/${lang}/quotes`, ready: (page, lang) => heading(page, UI[lang].quotes.title) },
  'quotes of one speaker': {
    path: (lang) => `/${lang}/quotes?speaker=${SPEAKER}`,
    ready: (page, lang) => heading(page, UI[lang].quotes.bySpeaker.replace('{{name}}', speakerName(lang))),
  },
  awards: { use: true, inPlace: true, path: (lang) => `/${lang}/awards`, ready: (page, lang) => heading(page, UI[lang].awards.title) },
  'grants of one award': {
    path: (lang) => `/${lang}/awards?award=order-dostyk&degree=2`,
    ready: (page) => expect(page.getByRole('main').locator('.grant-list > li').first()).toBeVisible(),
  },
  timeline: {
    use: true,
    inPlace: true,
    path: (lang) => `/${lang}/timeline`,
    ready: (page, lang) => heading(page, UI[lang].timeline.title),
  },
  person: {
    use: true,
    inPlace: true,
    path: (lang) => `/${lang}/people/${SPEAKER}`,
    ready: (page, lang) => heading(page, speakerName(lang)),
  },
  'search before a query': {
    inPlace: true,
    path: (lang) => `/${lang}/search`,
    ready: (page, lang) => status(page, UI[lang].search.hint),
    search: true,
    use: true,
  },
  'search with results': {
    path: (lang) => `/${lang}/search?q=${encodeURIComponent(FOUND[lang])}`,
    // "3 results", "3 нәтиже", "3 результата": a count first, then the list.
    ready: async (page) => {
      await status(page, /^\d/);
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
    },
  },
  'search without results': {
    path: (lang) => `/${lang}/search?q=${NOT_FOUND_WORD}`,
    ready: (page, lang) => status(page, UI[lang].search.noResults.replace('{{query}}', NOT_FOUND_WORD)),
  },
  // Empty here (nothing saved, nothing kept): the lists themselves are in offline.spec.ts.
  saved: {
    use: true,
    path: (lang) => `/${lang}/saved`,
    ready: (page, lang) => expect(page.getByText(UI[lang].saved.empty)).toBeVisible(),
  },
  offline: {
    use: true,
    path: (lang) => `/${lang}/offline`,
    ready: (page, lang) => expect(page.getByText(UI[lang].offline.none)).toBeVisible(),
  },
  'not found': {
    inPlace: true,
    path: (lang) => `/${lang}/no-such-page`,
    ready: (page, lang) => heading(page, UI[lang].status.notFoundTitle),
    notFound: true,
    use: true,
  },
  'article not found': {
    path: (lang) => `/${lang}/articles/no-such-article`,
    ready: (page, lang) => heading(page, UI[lang].status.articleNotFoundTitle),
    notFound: true,
  },
  'unknown person': {
    path: (lang) => `/${lang}/people/no-such-person`,
    ready: (page, lang) => heading(page, UI[lang].status.notFoundTitle),
    notFound: true,
  },
};

// ---------------------------------------------------------------------------------------------------------
// No English on a Kazakh or Russian page.

type Messages = { [key: string]: string | Messages };
const flatten = (messages: Messages): string[] =>
  Object.values(messages).flatMap((value) => (typeof value === 'string' ? [value] : flatten(value)));
const others = new Set([...flatten(UI.kk), ...flatten(UI.ru)]);
/** English strings that are not the same in the other languages (autonyms and brand names are). */
const englishOnly = flatten(UI.en).filter((text) => !others.has(text));
/** The fixed part of each string: text around placeholders, long enough to mean something. */
const englishFragments = [...new Set(englishOnly.flatMap((text) => text.split(/\{\{[^}]+\}\}/)).map((part) => part.trim()))].filter(
  (part) => part.length >= 4,
);

const expectNoEnglish = async (page: Page) => {
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
  expect(texts.filter((text) => englishFragments.some((fragment) => text.includes(fragment)))).toEqual([]);
  // Accessible names count too.
  const labels = await page.locator('[aria-label]').evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(labels.filter((label) => englishFragments.some((fragment) => label.includes(fragment)))).toEqual([]);
  await expect(page).not.toHaveTitle(new RegExp(UI.en.site.name));
};

// ---------------------------------------------------------------------------------------------------------

for (const lang of LANGS) {
  test.describe(`every page in ${lang}`, () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'], colorScheme: 'light' });
    // Two to four axe scans, a language switch and a page load: more than a test's usual 30 s budget on a
    // busy machine. The budget is time to finish, not a measurement.
    test.describe.configure({ timeout: 90_000 });

    for (const [kind, { path, ready, notFound, inPlace, settings, search, use }] of Object.entries(PAGE_KINDS)) {
      test.describe(() => {
        if (notFound) test.use({ allowedConsoleErrors: [/404/] });

        test(`the ${kind} page: ${inPlace ? 'hydrated in place, ' : ''}accessible in both palettes, in its language, within the policy`, async ({
          page,
          hydrated,
          axe,
          policy,
          prerendered,
        }) => {
          const t = UI[lang];
          await policy.watch();
          if (inPlace) await prerendered.watch();
          const response = await page.goto(path(lang));
          expect(response?.status()).toBe(notFound ? 404 : 200);
          await hydrated();
          await ready(page, lang);
          const body = page.locator('body');

          if (inPlace)
            await test.step('hydration keeps the prerendered main content', async () => {
              expect(await prerendered.lost()).toEqual([]);
            });

          await test.step('no accessibility violations, light palette', async () => {
            await expect(body).toHaveCSS('background-color', BACKGROUND.light);
            await axe();
          });

          if (lang !== 'en') await test.step('no English interface text', () => expectNoEnglish(page));

          await test.step('no colour violations, dark palette', async () => {
            // With nothing chosen the page follows the system, without a reload.
            await page.emulateMedia({ colorScheme: 'dark' });
            await expect(body).toHaveCSS('background-color', BACKGROUND.dark);
            await axe({ colourOnly: true });
          });

          if (settings) {
            await test.step('the reading settings panel, open: no violations in either palette', async () => {
              await page.getByRole('button', { name: t.settings.button }).click();
              await expect(page.getByRole('group', { name: t.settings.theme.legend })).toBeVisible();
              await axe();
              await page.emulateMedia({ colorScheme: 'light' });
              await expect(body).toHaveCSS('background-color', BACKGROUND.light);
              await axe({ colourOnly: true });
              await page.keyboard.press('Escape');
            });
          }

          await test.step(`no violation of the content security policy${use ? ' while it is used' : ''}`, async () => {
            if (search) {
              const form = page.getByRole('search');
              await form.getByLabel(t.search.label).fill(FOUND[lang]);
              await form.getByRole('button', { name: t.search.submit }).click();
              await expect(page.locator('.search-results > li').first()).toBeVisible();
            }
            if (use) await useThePage(page, lang);
            await policy.expectNone();
          });
        });
      });
    }
  });
}
