// Hostile content: the fixture site carries one article (pipeline/corpus/hostile.ts) whose every text field
// is script, markup, a 19,000-character word or odd Unicode. Wherever its text appears (the article, the
// latest list, search results, quotes, awards, timeline), cold from the server and rendered in the
// browser, it must read as text: no script runs, no dialog opens, no element comes from it, and its one
// link goes to an https address.
import type { Page } from '@playwright/test';
import {
  hostileArticle,
  HOSTILE_ID,
  HOSTILE_INPUTS,
  HOSTILE_PUBLISHED_AT,
  HOSTILE_SEARCH_WORD,
  HOSTILE_SOURCE_URL,
  LONG_WORD,
  SCRIPT_PAYLOADS,
  UNICODE_ODDITIES,
} from '../../pipeline/corpus/hostile.ts';
import { withDerivedVersions } from '../../pipeline/content/editions.ts';
import { definitionOf } from '../../src/content/blocks/registry.ts';
import type { Article } from '../../src/content/schema.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { expect, LANGS, MARKS, test, UI, waitForHydration } from '../fixtures';
const { ru } = UI;

const ui = UI;
// As the build has them: the versions written, and kk-Latn converted from kk.
const versions = Object.fromEntries(
  withDerivedVersions(hostileArticle().map((article) => ({ file: '', article }))).map(({ article }) => [article.lang, article]),
) as Record<Lang, Article>;
const articlePath = (lang: Lang) => `/${lang}/articles/${HOSTILE_ID}`;

declare global {
  interface Window {
    __xss?: unknown;
    __cspViolations?: string[];
  }
}

/**
 * Watches the page for what a payload could do: a dialog (failed and dismissed) and a policy violation
 * (something tried to run and was stopped). Call before the first navigation.
 */
const watch = async (page: Page): Promise<string[]> => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => window.__cspViolations!.push(`${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sample}`),
      true,
    );
  });
  return dialogs;
};

/** Nothing the content carried ran, opened or became an element. */
const expectInert = async (page: Page, dialogs: string[]) => {
  // An injected image would have failed to load and fired its handler by now.
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(await page.evaluate(() => typeof window.__xss), 'window.__xss').toBe('undefined');
  expect(await page.evaluate(() => window.__cspViolations), 'policy violations').toEqual([]);
  // The reader's own markup has no script, SVG or frame in the main area, and no image but its photos (from
  // the article's own folder): any other came from content.
  const embedded = 'script, img, svg, math, iframe, frame, object, embed, base, style, link, meta, template';
  const injected = await page.evaluate(
    (selector) =>
      [...document.querySelectorAll(`main :is(${selector})`)]
        .filter((element) => {
          if (!(element instanceof HTMLImageElement) || !element.closest('figure.photo > picture')) return true;
          const src = new URL(element.currentSrc || element.src);
          return src.origin !== window.location.origin || !src.pathname.startsWith('/articles/');
        })
        .map((element) => element.outerHTML.slice(0, 120)),
    embedded,
  );
  expect(injected, `elements matching ${embedded} in main`).toEqual([]);
  // Anywhere in the document: no event-handler attribute, no script or data URL, no srcdoc.
  const suspicious = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter(
          (attribute) =>
            /^on/i.test(attribute.name) ||
            attribute.name === 'srcdoc' ||
            (/^(href|src|action|formaction|xlink:href|poster|data)$/i.test(attribute.name) &&
              /^\s*(javascript|data|vbscript):/i.test(attribute.value)),
        )
        .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`),
    ),
  );
  expect(suspicious, 'handler attributes and script URLs').toEqual([]);
  // Links go to the reader's own pages, or out by https (and mailto for sharing by e-mail).
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
      .filter((a) => a.origin !== window.location.origin && a.protocol !== 'https:' && a.protocol !== 'mailto:')
      .map((a) => a.href),
  );
  expect(links, 'links that are neither the site’s own nor https').toEqual([]);
};

/** Every hostile input of the version is on the page as the very text it was, each payload visible. */
const expectArticleAsText = async (page: Page, version: Article) => {
  const article = page.getByRole('main').getByRole('article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(version.headline);
  await expect(page).toHaveTitle(`${version.headline} — ${ui[version.lang].site.name}`);
  for (const payload of SCRIPT_PAYLOADS) await expect(article.getByText(payload).first(), payload).toBeVisible();
  await expect(article.getByText(LONG_WORD, { exact: true })).toBeVisible();
  for (const text of [UNICODE_ODDITIES.arabic, UNICODE_ODDITIES.hebrew, UNICODE_ODDITIES.emoji, UNICODE_ODDITIES.joiners])
    await expect(article.getByText(text).first(), text).toBeVisible();
  // Exactly as written: no character dropped, escaped twice or normalised away (zero-width ones included).
  // Text as shown, and a photo's description as a screen reader gives it.
  const shown = await article.evaluate(
    (element) => `${element.textContent ?? ''} ${[...element.querySelectorAll('img')].map((img) => img.alt).join(' ')}`,
  );
  const texts = [
    version.headline,
    version.summary,
    version.source!.name,
    // Every text of every block: what search finds is what the reader sees.
    ...version.body.flatMap((block) => definitionOf(block).searchText(block)),
  ].filter(Boolean);
  expect(texts.filter((text) => !shown.includes(text)).map((text) => text.slice(0, 80))).toEqual([]);
  // The source link is the https address as written, and nothing else in the article links out.
  const source = article.getByRole('link', { name: version.source!.name });
  await expect(source).toHaveAttribute('href', HOSTILE_SOURCE_URL);
  expect(await source.evaluate((a: HTMLAnchorElement) => a.protocol)).toBe('https:');
  // The 19,000-character word wraps: the page does not grow sideways.
  expect
    .soft(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      'horizontal overflow in px',
    )
    .toBeLessThanOrEqual(0);
};

// ---------------------------------------------------------------------------------------------------------

test.describe('the hostile article', () => {
  for (const lang of LANGS) {
    test(`opened from its address, in ${lang}`, async ({ page }) => {
      const dialogs = await watch(page);
      await page.goto(articlePath(lang));
      await expectArticleAsText(page, versions[lang]);
      await waitForHydration(page);
      await expectInert(page, dialogs);
    });

    test(`reached from the latest articles, then read in another language, in ${lang}`, async ({ page }) => {
      const dialogs = await watch(page);
      const version = versions[lang];
      await page.goto(`/${lang}/`);
      // The list shows its headline and summary as text.
      const item = page.getByRole('main').getByRole('listitem').filter({ hasText: HOSTILE_SEARCH_WORD });
      await expect(item.getByRole('link', { name: version.headline })).toBeVisible();
      await expect(item.getByText(version.summary)).toBeVisible();
      await waitForHydration(page);
      await expectInert(page, dialogs);

      // Rendered in the browser, from its data.
      await item.getByRole('link', { name: version.headline }).click();
      await expect(page).toHaveURL(articlePath(lang));
      await expectArticleAsText(page, version);
      await expectInert(page, dialogs);

      const other = LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
      await page
        .getByRole('navigation', { name: ui[lang].language.label })
        .getByRole('link', { name: ui[lang].language.name[other] })
        .click();
      await expect(page).toHaveURL(articlePath(other));
      await expectArticleAsText(page, versions[other]);
      await expectInert(page, dialogs);
    });
  }

  test('arrives from the server with every payload escaped', async ({ request }) => {
    for (const lang of LANGS) {
      const html = await (await request.get(articlePath(lang))).text();
      for (const raw of ['<script>window.__xss', '<img src=x', '<svg onload', '<iframe srcdoc', '<a href="javascript', 'href="javascript:'])
        expect(html, `${lang}: ${raw}`).not.toContain(raw);
      expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
    }
  });
});

test.describe('the hostile article elsewhere', () => {
  for (const lang of LANGS) {
    test(`in search results, and from there, in ${lang}`, async ({ page }) => {
      const t = ui[lang];
      const dialogs = await watch(page);
      await page.goto(`/${lang}/search`);
      await waitForHydration(page);
      const form = page.getByRole('search');
      await form.getByLabel(t.search.label).fill(HOSTILE_SEARCH_WORD.toLowerCase());
      await form.getByRole('button', { name: t.search.submit }).click();

      // One result per version written, each headline as text with the word marked; the kk-Latn edition
      // shows the Kazakh one in Latin.
      const shown = Object.values(versions)
        .filter((version) => !version.transliteratedFrom)
        .map((version) => (lang === 'kk-Latn' && version.lang === 'kk' ? versions['kk-Latn'] : version));
      const results = page.locator('.search-results > li');
      await expect(results).toHaveCount(shown.length);
      for (const version of shown) {
        const result = results.filter({ has: page.getByRole('link', { name: version.headline }) });
        await expect(result).toHaveCount(1);
        await expect(result.locator('mark').first()).toHaveText(HOSTILE_SEARCH_WORD);
        await expect(result.getByText(version.summary.slice(0, 60))).toBeVisible();
      }
      await expectInert(page, dialogs);

      await results.getByRole('link', { name: versions[lang].headline }).click();
      await expect(page).toHaveURL(articlePath(lang));
      await expectArticleAsText(page, versions[lang]);
      await expectInert(page, dialogs);
    });

    test(`among the quotes, in ${lang}`, async ({ page }) => {
      const t = ui[lang];
      const dialogs = await watch(page);
      // The quotes' speakers are named in place, not registered: the speaker filter does not offer them,
      // so they are read among all quotes (the article is new enough for the first page).
      await page.goto(`/${lang}/quotes`);
      const version = versions[lang];
      const quotes = version.body.filter((block) => block.type === 'quote');
      for (const quote of quotes) {
        const figure = page.getByRole('main').getByRole('figure').filter({ hasText: quote.text });
        await expect(figure).toHaveCount(1);
        const [open, close] = MARKS[version.lang];
        await expect(figure.locator('blockquote')).toHaveText(`${open}${quote.text}${close}`);
        if (typeof quote.speaker !== 'string') {
          await expect(figure.getByText(quote.speaker.name, { exact: true })).toBeVisible();
          if (quote.speaker.role) await expect(figure.getByText(quote.speaker.role, { exact: true })).toBeVisible();
        }
      }
      const options = await page.getByLabel(t.quotes.speaker).locator('option').allTextContents();
      expect(options.filter((option) => option.includes('__xss'))).toEqual([]);
      await waitForHydration(page);
      await expectInert(page, dialogs);
    });
  }

  test('on the timeline and the awards pages', async ({ page }) => {
    const dialogs = await watch(page);
    const version = versions.ru;
    const timeline = version.body.find((block) => block.type === 'timeline')!;
    await page.goto(`/ru/timeline?month=${HOSTILE_PUBLISHED_AT.slice(0, 7)}`);
    for (const event of timeline.events) await expect(page.getByRole('main').getByText(event.text, { exact: true })).toBeVisible();
    await waitForHydration(page);
    await expectInert(page, dialogs);

    // The awards page lists the latest grants of each award: the article's recipients are among them.
    await page.getByRole('navigation', { name: ru.nav.main }).getByRole('link', { name: ru.nav.awards }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ru.awards.title);
    const awards = version.body.find((block) => block.type === 'awards')!;
    for (const recipient of awards.items.flatMap((item) => item.recipients ?? []))
      if (typeof recipient !== 'string')
        await expect(page.getByRole('main').getByText(recipient.name, { exact: true }).first()).toBeVisible();
    await expectInert(page, dialogs);
  });
});

// With the policy switched off, nothing stands between a rendering mistake and a running script: what
// keeps the payloads inert here is that the reader never turns text into markup.
test.describe('without the content security policy', () => {
  test.use({ bypassCSP: true });

  test('the hostile article still runs nothing, served and rendered in the browser', async ({ page }) => {
    const dialogs = await watch(page);
    await page.goto(articlePath('kk'));
    await expectArticleAsText(page, versions.kk);
    await waitForHydration(page);
    await expectInert(page, dialogs);

    await page.goto('/en/');
    await waitForHydration(page);
    await page.getByRole('link', { name: versions.en.headline }).click();
    await expectArticleAsText(page, versions.en);
    await expectInert(page, dialogs);
  });
});

test('the suite covers every hostile input', () => {
  // 10 script payloads, the long word, 7 kinds of odd Unicode and the source URL: see pipeline/corpus/hostile.ts.
  expect(HOSTILE_INPUTS).toHaveLength(19);
  for (const { text } of HOSTILE_INPUTS) expect(JSON.stringify(hostileArticle())).toContain(JSON.stringify(text).slice(1, -1));
});
