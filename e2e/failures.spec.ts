// Every way a request can fail, for each kind of data the app fetches in the browser: the article, the
// quotes and the search index. Pages arrive prerendered with their data, so each test first makes the app
// fetch (a link followed, a filter changed, a search submitted) with the network intercepted. Whatever
// fails, the reader gets the designed, translated answer, the header still leads on, no uncaught error
// reaches the console, and trying again works once the network does.
import type { Locator, Page, Route } from '@playwright/test';
import { ENTITIES, expect, LANGS, SEED, SEED_ID, test, UI, waitForHydration } from './fixtures';
const { en, kk, ru } = UI;
const { en: enArticle, kk: kkArticle, ru: ruArticle } = SEED;

type Lang = (typeof LANGS)[number];
const ui = UI;
const headlines = { en: enArticle.headline, kk: kkArticle.headline, 'kk-Latn': SEED['kk-Latn'].headline, ru: ruArticle.headline } as const;

/** The quoted person whose filter the quotes tests choose. */
const SPEAKER = 'kassym-jomart-tokayev';
/** A word of the seed article, as a reader of each language would search for it. */
const SEARCH_WORDS = { en: 'Assembly', kk: 'Ассамблея', 'kk-Latn': 'Assambleia', ru: 'Ассамблея' } as const;

// The requests fail on purpose: the browser reports them (`Failed to load resource: … 404`, `net::ERR_FAILED`).
test.use({ allowedConsoleErrors: [/Failed to load resource|net::ERR/] });

// ---------------------------------------------------------------------------------------------------------
// What can fail, and how the page answers.

const KINDS = ['404', '500', 'network error', 'timeout', 'truncated body', 'invalid JSON'] as const;
type Kind = (typeof KINDS)[number];
type Answer = 'articleNotFound' | 'notFound' | 'errorNetwork' | 'errorContent';

/** Makes every request the route matches fail in the given way. `hung` collects the requests left unanswered. */
const failWith = (kind: Kind, hung: Route[]) => async (route: Route) => {
  switch (kind) {
    case '404':
      return route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' });
    case '500':
      return route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>Internal Server Error</h1>' });
    case 'network error':
      return route.abort('failed');
    case 'timeout':
      // Never answered: the app gives up after its own 10-second timeout (on the test's clock).
      hung.push(route);
      return;
    case 'truncated body': {
      const text = await (await route.fetch()).text();
      return route.fulfill({ status: 200, contentType: 'application/json', body: text.slice(0, Math.floor(text.length / 2)) });
    }
    case 'invalid JSON':
      return route.fulfill({ status: 200, contentType: 'application/json', body: '{"x":1}' });
  }
};

const mainNav = (page: Page, lang: Lang) => page.getByRole('navigation', { name: ui[lang].nav.main });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

// ---------------------------------------------------------------------------------------------------------
// What fetches: each target opens a page, then does what makes the app fetch the intercepted data.

interface Target {
  /** The requests that fail (globs). */
  urls: (lang: Lang) => string[];
  /** Opens a page from which the fetch is one action away; nothing is intercepted yet. */
  open: (page: Page, lang: Lang) => Promise<void>;
  /** The action that makes the app fetch. */
  trigger: (page: Page, lang: Lang) => Promise<void>;
  /** What shows once the data arrived. */
  loaded: (page: Page, lang: Lang) => Locator;
  /** The answer to a 404. */
  on404: Answer;
}

const openHome = async (page: Page, lang: Lang) => {
  await page.goto(`/${lang}/`);
  await expect(h1(page)).toHaveText(ui[lang].home.title);
  await waitForHydration(page);
};

const article = (file: 'versions' | 'text'): Target => ({
  urls: (lang) => [file === 'versions' ? `**/data/articles/${SEED_ID}.json` : `**/articles/${SEED_ID}/${lang}.json`],
  open: openHome,
  trigger: (page, lang) => page.getByRole('link', { name: headlines[lang] }).click(),
  loaded: (page, lang) => page.getByRole('heading', { level: 1, name: headlines[lang] }),
  on404: 'articleNotFound',
});

const speakerName = (lang: Lang) => ENTITIES.people[SPEAKER]!.name[lang]!;

const quotes: Target = {
  urls: () => ['**/data/quotes/speaker/**'],
  // From the home page by the header link: the quotes page then loads in the browser, with its filter.
  open: async (page, lang) => {
    await openHome(page, lang);
    await mainNav(page, lang).getByRole('link', { name: ui[lang].nav.quotes }).click();
    await expect(page).toHaveURL(`/${lang}/quotes`);
    await expect(h1(page)).toHaveText(ui[lang].quotes.title);
  },
  // The first page of all quotes came with the page; one speaker's quotes are fetched.
  trigger: async (page, lang) => {
    await page.getByLabel(ui[lang].quotes.speaker).selectOption(SPEAKER);
  },
  loaded: (page, lang) => page.getByRole('heading', { level: 1, name: ui[lang].quotes.bySpeaker.replace('{{name}}', speakerName(lang)) }),
  // No file for a speaker or page: the address names nothing.
  on404: 'notFound',
};

const search: Target = {
  urls: () => ['**/data/search/**'],
  open: async (page, lang) => {
    await page.goto(`/${lang}/search`);
    await expect(h1(page)).toHaveText(ui[lang].search.title);
    await waitForHydration(page);
  },
  trigger: async (page, lang) => {
    const form = page.getByRole('search');
    await form.getByLabel(ui[lang].search.label).fill(SEARCH_WORDS[lang]);
    await form.getByRole('button', { name: ui[lang].search.submit }).click();
  },
  loaded: (page) => page.locator('.search-results > li').first(),
  // A file the index lists is missing: the index is inconsistent, which is damaged data.
  on404: 'errorContent',
};

const TARGETS = { article: article('versions'), 'article text': article('text'), quotes, search } as const;
type TargetName = keyof typeof TARGETS;

const answerOf = (target: Target, kind: Kind): Answer =>
  kind === '404' ? target.on404 : kind === 'truncated body' || kind === 'invalid JSON' ? 'errorContent' : 'errorNetwork';

/** The page's designed answer is on screen, in the interface language. */
const expectAnswer = async (page: Page, lang: Lang, answer: Answer, timeout: number) => {
  const t = ui[lang];
  if (answer === 'articleNotFound' || answer === 'notFound') {
    const title = answer === 'articleNotFound' ? t.status.articleNotFoundTitle : t.status.notFoundTitle;
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout });
    await expect(page.getByText(answer === 'articleNotFound' ? t.status.articleNotFoundText : t.status.notFoundText)).toBeVisible();
    await expect(page).toHaveTitle(`${title} — ${t.site.name}`);
    return;
  }
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1, name: t.status.errorTitle })).toBeVisible({ timeout });
  await expect(alert.getByText(t.status[answer])).toBeVisible();
  await expect(alert.getByRole('button', { name: t.status.retry })).toBeVisible();
  await expect(page).toHaveTitle(`${t.status.errorTitle} — ${t.site.name}`);
};

/** The frame around the answer still works: the site name, the languages and the sections lead on. */
const expectHeaderWorks = async (page: Page, lang: Lang) => {
  const t = ui[lang];
  await expect(page.getByRole('link', { name: t.site.name })).toHaveAttribute('href', `/${lang}/`);
  await expect(page.getByRole('navigation', { name: t.language.label }).getByRole('link')).toHaveCount(LANGS.length);
  for (const section of ['latest', 'quotes', 'awards', 'timeline', 'search'] as const)
    await expect(mainNav(page, lang).getByRole('link', { name: t.nav[section] })).toBeEnabled();
};

// ---------------------------------------------------------------------------------------------------------
// The table: every kind of failure for every target, one language each (rotating).

const ROWS: { target: TargetName; kind: Kind; lang: Lang }[] = [
  ...KINDS.flatMap((kind, k) =>
    (['article', 'quotes', 'search'] as const).map((target, i) => ({ target, kind, lang: LANGS[(k + i) % LANGS.length]! })),
  ),
  // The article's text file, after its list of versions arrived.
  ...KINDS.filter((kind) => kind !== 'timeout').map((kind, k) => ({
    target: 'article text' as const,
    kind,
    lang: LANGS[(k + 2) % LANGS.length]!,
  })),
];

test.describe('a request that fails', () => {
  ROWS.forEach(({ target: name, kind, lang }) => {
    const target = TARGETS[name];
    const answer = answerOf(target, kind);

    test(`${name}, ${kind} (${lang}): ${answer}, and the page recovers`, async ({ page }) => {
      const t = ui[lang];
      const hung: Route[] = [];
      // The test's clock stands in for the ten seconds the app waits before it gives up on a request.
      if (kind === 'timeout') await page.clock.install();
      await target.open(page, lang);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      for (const url of target.urls(lang)) await page.route(url, failWith(kind, hung));

      const startedAt = await page.evaluate(() => Date.now());
      await target.trigger(page, lang);

      if (kind === 'timeout') {
        await expect(async () => {
          await page.clock.fastForward(11_000);
          await expect(page.getByRole('alert')).toBeVisible({ timeout: 300 });
        }, 'the app gives up after its timeout and its retries').toPass({ timeout: 60_000 });
        expect(hung.length, 'requests left unanswered').toBeGreaterThan(0);
        const waited = (await page.evaluate(() => Date.now())) - startedAt;
        test.info().annotations.push({ type: 'time before the message (test clock)', description: `${Math.round(waited / 1000)} s` });
      }
      // A network error or a 5xx is retried twice (about three seconds) before the page gives up; the
      // wait is generous so that a page that retries more still gets its other checks.
      await expectAnswer(page, lang, answer, answer === 'errorNetwork' ? 30_000 : 15_000);
      await expectHeaderWorks(page, lang);
      // Asked once when trying again cannot help (404, damaged data), else at most twice more.
      const failing = (path: string) => target.urls(lang).some((url) => path.includes(url.replace(/^\*\*|\*\*$/g, '')));
      const attempts = requested.filter(failing);
      expect
        .soft(attempts.length, `requests before the answer: ${attempts.join(', ')}`)
        .toBeLessThanOrEqual(answer === 'errorNetwork' ? 3 : 1);

      for (const url of target.urls(lang)) await page.unroute(url);
      if (answer === 'articleNotFound' || answer === 'notFound') {
        // No trying again for an address that names nothing: the way on is home.
        await page.getByRole('main').getByRole('link', { name: t.status.goHome }).click();
        await expect(page).toHaveURL(`/${lang}/`);
        await expect(h1(page)).toHaveText(t.home.title);
      } else {
        await page.getByRole('alert').getByRole('button', { name: t.status.retry }).click();
        await expect(target.loaded(page, lang)).toBeVisible();
        await expect(page.getByRole('alert')).toHaveCount(0);
        await expect(page).not.toHaveTitle(`${t.status.errorTitle} — ${t.site.name}`);
      }
    });
  });
});

test.describe('the header leads away from a failed page', () => {
  test('from a failed article to the latest articles and back, in Russian', async ({ page }) => {
    await openHome(page, 'ru');
    await page.route(`**/articles/${SEED_ID}/ru.json`, failWith('invalid JSON', []));
    await page.getByRole('link', { name: headlines.ru }).click();
    await expectAnswer(page, 'ru', 'errorContent', 15_000);

    await mainNav(page, 'ru').getByRole('link', { name: ru.nav.latest }).click();
    await expect(h1(page)).toHaveText(ru.home.title);
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.unroute(`**/articles/${SEED_ID}/ru.json`);
    await page.goBack();
    await expect(page).toHaveURL(`/ru/articles/${SEED_ID}`);
    await expect(h1(page)).toHaveText(headlines.ru);
  });

  test('from a failed speaker filter, the header’s own “Quotes” link shows all quotes, in Kazakh', async ({ page }) => {
    await quotes.open(page, 'kk');
    await page.route('**/data/quotes/speaker/**', failWith('500', []));
    await quotes.trigger(page, 'kk');
    await expectAnswer(page, 'kk', 'errorNetwork', 30_000);
    await page.unroute('**/data/quotes/speaker/**');

    // Same path (/kk/quotes), another query: a new address all the same, so the failure is forgotten.
    await mainNav(page, 'kk').getByRole('link', { name: kk.nav.quotes }).click();
    await expect(page).toHaveURL('/kk/quotes');
    await expect(h1(page)).toHaveText(kk.quotes.title);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('from a failed search to the quotes, in English', async ({ page }) => {
    await search.open(page, 'en');
    await page.route('**/data/search/**', failWith('truncated body', []));
    await search.trigger(page, 'en');
    await expectAnswer(page, 'en', 'errorContent', 15_000);

    await mainNav(page, 'en').getByRole('link', { name: en.nav.quotes }).click();
    await expect(h1(page)).toHaveText(en.quotes.title);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The browser loses the network, and gets it back.

const OFFLINE: {
  target: string;
  lang: Lang;
  open: (page: Page, lang: Lang) => Promise<void>;
  go: (page: Page, lang: Lang) => Promise<void>;
  loaded: (page: Page, lang: Lang) => Locator;
}[] = [
  { target: 'an article', lang: 'kk', open: openHome, go: TARGETS.article.trigger, loaded: TARGETS.article.loaded },
  {
    target: 'the quotes (code and data not yet loaded)',
    lang: 'ru',
    open: openHome,
    go: (page, lang) => mainNav(page, lang).getByRole('link', { name: ui[lang].nav.quotes }).click(),
    loaded: (page, lang) => page.getByRole('heading', { level: 1, name: ui[lang].quotes.title }),
  },
  { target: 'the search index', lang: 'en', open: search.open, go: search.trigger, loaded: search.loaded },
];

test.describe('offline', () => {
  for (const { target, lang, open, go, loaded } of OFFLINE) {
    test(`${target} while offline (${lang}): the connection message, then the page once online`, async ({ page, context }) => {
      const t = ui[lang];
      await open(page, lang);
      await context.setOffline(true);
      await go(page, lang);

      await expectAnswer(page, lang, 'errorNetwork', 30_000);
      await expectHeaderWorks(page, lang);

      await context.setOffline(false);
      await page.getByRole('alert').getByRole('button', { name: t.status.retry }).click();
      await expect(loaded(page, lang)).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// The site is published again while a reader has it open: the old code files of pages not yet visited are gone.

test.describe('a page’s code missing after a new version was published', () => {
  for (const lang of ['kk', 'en'] as const) {
    test(`the reader is told and reloads into the new version (${lang})`, async ({ page }) => {
      const t = ui[lang];
      await openHome(page, lang);
      await page.route('**/assets/timeline-*.js', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'gone' }));
      await mainNav(page, lang).getByRole('link', { name: t.nav.timeline }).click();

      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { level: 1, name: t.status.errorTitle })).toBeVisible();
      await expect(alert.getByText(t.status.errorUpdated)).toBeVisible();
      await expectHeaderWorks(page, lang);

      // The new version is in place: a fresh load of the same address brings the page.
      await page.unroute('**/assets/timeline-*.js');
      await alert.getByRole('button', { name: t.status.reload }).click();
      await expect(page).toHaveURL(`/${lang}/timeline`);
      await expect(h1(page)).toHaveText(t.timeline.title);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});
