// No accessibility violations on any kind of page, in any language, in the light and the dark theme; and
// the keyboard reaches the content first.
import en from '../locales/en/translation.json' with { type: 'json' };
import kk from '../locales/kk/translation.json' with { type: 'json' };
import ru from '../locales/ru/translation.json' with { type: 'json' };
import entities from '../public/entities.json' with { type: 'json' };
import enArticle from '../public/articles/2023-04-27-assembly-32nd-session/en.json' with { type: 'json' };
import kkArticle from '../public/articles/2023-04-27-assembly-32nd-session/kk.json' with { type: 'json' };
import ruArticle from '../public/articles/2023-04-27-assembly-32nd-session/ru.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, LANGS, SEED_ID, test, waitForHydration } from './fixtures';

type Lang = (typeof LANGS)[number];
const ui = { en, kk, ru } as const;
const articles = { en: enArticle, kk: kkArticle, ru: ruArticle } as const;
const SPEAKER = 'kassym-jomart-tokayev';
const speakerName = (lang: Lang) => entities.people[SPEAKER].name[lang];
/** A word of the seed article in each language, and one that no article has. */
const FOUND = { en: 'Tokayev', kk: 'Тоқаев', ru: 'Токаев' } as const;
const NOT_FOUND_WORD = 'zzxqvw';

/** The page's own background in each theme (styles.css, theme.css), as the browser computes it. */
const THEMES = {
  light: { background: 'rgb(253, 252, 249)', system: 'dark' },
  dark: { background: 'rgb(22, 24, 28)', system: 'light' },
} as const;
type Theme = keyof typeof THEMES;

interface PageKind {
  path: (lang: Lang) => string;
  /** What shows once the page has its content (and, for a query, the result of it). */
  ready: (page: Page, lang: Lang) => Promise<void>;
  /** A 404 document: the browser logs its status as an error. */
  notFound?: true;
  /** A state of the same page to scan as well, after the first scan (axe skips what is hidden). */
  then?: (page: Page, lang: Lang) => Promise<void>;
}

const heading = (page: Page, name: string) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
const status = (page: Page, text: string | RegExp) => expect(page.getByRole('main').getByRole('status')).toHaveText(text);

/** Every kind of page a reader can reach, with the state that shows its content. */
const PAGE_KINDS: Record<string, PageKind> = {
  home: {
    path: (lang) => `/${lang}/`,
    ready: (page, lang) => expect(page.getByRole('link', { name: articles[lang].headline })).toBeVisible(),
  },
  article: {
    path: (lang) => `/${lang}/articles/${SEED_ID}`,
    ready: (page, lang) => expect(page.getByRole('region', { name: ui[lang].timeline.title })).toBeVisible(),
    // The reading settings panel, open over the article.
    then: async (page, lang) => {
      await page.getByRole('button', { name: ui[lang].settings.button }).click();
      await expect(page.getByRole('group', { name: ui[lang].settings.theme.legend })).toBeVisible();
    },
  },
  quotes: { path: (lang) => `/${lang}/quotes`, ready: (page, lang) => heading(page, ui[lang].quotes.title) },
  'quotes of one speaker': {
    path: (lang) => `/${lang}/quotes?speaker=${SPEAKER}`,
    ready: (page, lang) => heading(page, ui[lang].quotes.bySpeaker.replace('{{name}}', speakerName(lang))),
  },
  awards: { path: (lang) => `/${lang}/awards`, ready: (page, lang) => heading(page, ui[lang].awards.title) },
  timeline: { path: (lang) => `/${lang}/timeline`, ready: (page, lang) => heading(page, ui[lang].timeline.title) },
  person: { path: (lang) => `/${lang}/people/${SPEAKER}`, ready: (page, lang) => heading(page, speakerName(lang)) },
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
    ready: (page, lang) => status(page, ui[lang].search.noResults.replace('{{query}}', NOT_FOUND_WORD)),
  },
  'search before a query': { path: (lang) => `/${lang}/search`, ready: (page, lang) => status(page, ui[lang].search.hint) },
  'not found': {
    path: (lang) => `/${lang}/no-such-page`,
    ready: (page, lang) => heading(page, ui[lang].status.notFoundTitle),
    notFound: true,
  },
  'article not found': {
    path: (lang) => `/${lang}/articles/no-such-article`,
    ready: (page, lang) => heading(page, ui[lang].status.articleNotFoundTitle),
    notFound: true,
  },
};

/**
 * The reader's chosen theme, stored as the settings panel stores it, with the system set to the other
 * one: the page must follow the choice.
 */
const chooseTheme = async (page: Page, theme: Theme) => {
  await page.emulateMedia({ colorScheme: THEMES[theme].system });
  await page.addInitScript((value) => window.localStorage.setItem('reader.settings', JSON.stringify({ theme: value })), theme);
};

for (const theme of Object.keys(THEMES) as Theme[]) {
  for (const lang of LANGS) {
    test.describe(`${theme} theme in ${lang}`, () => {
      for (const [kind, { path, ready, notFound, then }] of Object.entries(PAGE_KINDS)) {
        test.describe(() => {
          if (notFound) test.use({ allowedConsoleErrors: [/404/] });

          test(`the ${kind} page has no accessibility violations`, async ({ page }) => {
            await chooseTheme(page, theme);
            await page.goto(path(lang));
            await waitForHydration(page);
            await ready(page, lang);
            await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
            await expect(page.locator('body')).toHaveCSS('background-color', THEMES[theme].background);
            await expectNoAxeViolations(page);
            if (then) {
              await then(page, lang);
              await expectNoAxeViolations(page);
            }
          });
        });
      }
    });
  }
}

for (const lang of LANGS) {
  test('the skip link is the first Tab stop and moves focus to the main content in ' + lang, async ({ page }) => {
    await page.goto(`/${lang}/articles/${SEED_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: articles[lang].headline })).toBeVisible();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: ui[lang].nav.skipToContent });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab stop is the first link of the main content, not the header's.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
  });
}
