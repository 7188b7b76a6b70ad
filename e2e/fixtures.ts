// Everything the end-to-end tests share, as Playwright fixtures: the interface strings (`ui`), the seed
// article (`seed`), the content of the test corpus site (`corpus`), a wait for hydration (`hydrated`), an
// axe check (`axe`), and a guard on console errors on every page a test opens. Specs import `test` and
// `expect` from here.
// The same data is exported for what a spec builds before any test runs (test titles, tables of cases).
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import en from '../locales/en/translation.json' with { type: 'json' };
import kk from '../locales/kk/translation.json' with { type: 'json' };
import ru from '../locales/ru/translation.json' with { type: 'json' };
import kkLatnCorrections from '../locales/kk-Latn/translation.json' with { type: 'json' };
import enArticle from '../public/articles/2023-04-27-assembly-32nd-session/en.json' with { type: 'json' };
import kkArticle from '../public/articles/2023-04-27-assembly-32nd-session/kk.json' with { type: 'json' };
import ruArticle from '../public/articles/2023-04-27-assembly-32nd-session/ru.json' with { type: 'json' };
import entitiesFile from '../public/entities.json' with { type: 'json' };
import { derivedVersion, withDerivedNames } from '../pipeline/content/editions.ts';
import { loadContent } from '../pipeline/content/load.ts';
import { kkLatnMessages } from '../src/shared/i18n/messages-kk-Latn.ts';
import { LANGS, type Lang } from '../src/shared/languages.ts';
import { toLatin } from '../src/shared/kazakh-latin/to-latin.ts';
import type { Article, Entities } from '../src/content/schema.ts';

/** The interface languages, from the app's registry: a language added there is tested everywhere here. */
export { LANGS, type Lang };

/**
 * The interface strings of each language (locales/{lang}/translation.json); kk-Latn's are the Kazakh ones
 * converted with the corrections of locales/kk-Latn laid over them, as the app makes them.
 */
export const UI = { en, kk, 'kk-Latn': kkLatnMessages(kk, kkLatnCorrections) as typeof kk, ru } as const;

export const SEED_ID = '2023-04-27-assembly-32nd-session';
/** The seed article's file in each language (public/articles/<id>/{lang}.json); kk-Latn is converted from kk by the build. */
export const SEED = {
  en: enArticle,
  kk: kkArticle,
  'kk-Latn': derivedVersion(kkArticle as Article, 'kk-Latn', toLatin) as typeof kkArticle,
  ru: ruArticle,
} as const;

/** public/entities.json as the build publishes it: with kk-Latn names converted from the kk ones. */
export const ENTITIES = withDerivedNames(entitiesFile as Entities);

/** The quotation marks the app puts around a quote in each language (src/shared/format/quote-marks.ts). */
export const MARKS = { en: ['“', '”'], kk: ['«', '»'], 'kk-Latn': ['«', '»'], ru: ['«', '»'] } as const;

/** The next language after `lang`, for tests that switch. */
export const otherLang = (lang: Lang): Lang => LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;

/** What the corpus site (`npm run build:fixtures`) holds, read from the content folder it was built from. */
export interface Corpus {
  entities: Entities;
  /** Every language version of each article, by id. */
  versionsById: Map<string, Article[]>;
  /** The version an article was written in. */
  originalOf: (versions: Article[]) => Article;
  /** The version a reader of `lang` is shown: their own, else the original. */
  versionIn: (id: string, lang: Lang) => Article;
  /** Every article id, newest first; on the same instant by id, as the home page lists them. */
  newestFirst: string[];
}

const CORPUS_CONTENT = new URL('../.fixtures/public/', import.meta.url);
let corpus: Corpus | undefined;

/** The corpus site's content, read once per process. */
export const readCorpus = (): Corpus => {
  if (corpus) return corpus;
  // Read as the build reads it: the published versions, with the entities.
  const content = loadContent(fileURLToPath(new URL('..', import.meta.url)), fileURLToPath(CORPUS_CONTENT));
  const versionsById = new Map<string, Article[]>([...content.articles].map(([id, files]) => [id, files.map(({ article }) => article)]));
  const originalOf = (versions: Article[]) =>
    versions.find((version) => version.translatedFrom === null && !version.transliteratedFrom) ?? versions[0]!;
  const versionIn = (id: string, lang: Lang) => {
    const versions = versionsById.get(id)!;
    return versions.find((version) => version.lang === lang) ?? originalOf(versions);
  };
  /** The moment a date means; a date alone is the start of its day in UTC. */
  const instant = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  const newestFirst = [...versionsById.keys()]
    .map((id) => ({ id, at: instant(originalOf(versionsById.get(id)!).publishedAt) }))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id }) => id);
  corpus = { entities: content.entities, versionsById, originalOf, versionIn, newestFirst };
  return corpus;
};

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** The rules whose outcome depends on the palette: all that a second theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe (WCAG 2.1 A/AA and best practice, or only the colour rules) and fails with the rules violated. */
export const expectNoAxeViolations = async (page: Page, { colourOnly = false } = {}) => {
  // Only violations are read: axe then skips writing up every node that passed, most of its work.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const results = await (colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(AXE_TAGS)).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

declare global {
  interface Window {
    __cspViolations?: string[];
    __lostContent?: string[];
  }
}

/** What a reader does on any page: settings, a copied link, the page scrolled, another language. */
export const useThePage = async (page: Page, lang: Lang) => {
  const t = UI[lang];
  // The reading settings, where the header has them: a theme and a text size change the page's styles.
  const settings = page.getByRole('button', { name: t.settings.button });
  if (await settings.count()) {
    await settings.click();
    await page.getByRole('radio', { name: t.settings.theme.dark, exact: true }).check();
    await page.getByRole('radio', { name: t.settings.textSize.l, exact: true }).check();
    await page.keyboard.press('Escape');
  }
  const copy = page.getByRole('button', { name: t.share.copyLink, exact: true });
  if (await copy.count()) {
    await copy.first().click();
    await expect(page.getByText(t.share.linkCopied).first()).toBeVisible();
  }
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.evaluate(() => window.scrollTo(0, 0));
  // Another language: the same page, rendered in the browser.
  const other = otherLang(lang);
  await page.getByRole('navigation', { name: t.language.label }).getByRole('link', { name: t.language.name[other] }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', other);
  await expect(page.getByRole('navigation', { name: UI[other].nav.main })).toBeVisible();
};

/** Waits until React has hydrated the page's content (the app sets `<html data-hydrated>`): a click is then the app's. */
export const waitForHydration = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');

/**
 * Before the page's own scripts: once the parser is done (before deferred and module scripts run), every
 * node in <main> is prerendered; from then on, removing one of them, or hiding one, is recorded.
 */
const watchPrerenderedMain = (page: Page) =>
  page.addInitScript(() => {
    const lost: string[] = [];
    window.__lostContent = lost;
    const describeNode = (node: Node) =>
      node instanceof Element
        ? `<${node.localName}> "${(node.textContent ?? '').trim().slice(0, 50)}"`
        : `text "${node.textContent?.trim().slice(0, 50)}"`;
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const main = document.querySelector('main');
      if (!main?.textContent?.trim()) {
        lost.push('no prerendered <main> with content');
        return;
      }
      const prerendered = new WeakSet<Node>();
      const walker = document.createTreeWalker(main);
      for (let node: Node | null = main; node; node = walker.nextNode()) prerendered.add(node);
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes') {
            const element = record.target as HTMLElement;
            if (prerendered.has(element) && (element.hidden || getComputedStyle(element).display === 'none'))
              lost.push(`hidden: ${describeNode(element)}`);
          } else for (const node of record.removedNodes) if (prerendered.has(node)) lost.push(`removed: ${describeNode(node)}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'style'] });
    });
  });

/** Until React has taken over the page and its requests are done, and what their responses made React render is committed. */
const settled = async (page: Page) => {
  await waitForHydration(page);
  // eslint-disable-next-line playwright/no-networkidle -- what the page's last responses render must be watched too
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
};

interface Fixtures {
  /** Console errors a test expects (a 404 it provokes on purpose); set with `test.use`. */
  allowedConsoleErrors: RegExp[];
  ui: typeof UI;
  seed: typeof SEED;
  /** Waits for the test's page to be hydrated. */
  hydrated: () => Promise<void>;
  /** Checks the test's page with axe: every rule, or (`colourOnly`) those a theme changes. */
  axe: (options?: { colourOnly?: boolean }) => Promise<void>;
  /** What hydration does to the prerendered `<main>`: nothing of it may be removed or hidden, not even for a frame. */
  prerendered: {
    /** Starts recording what is removed or hidden of `<main>` once the parser is done; call before the first navigation. */
    watch: () => Promise<unknown>;
    /** Waits until the page is hydrated and its requests are done, then returns what was lost. */
    lost: () => Promise<string[] | undefined>;
  };
  /** The content security policy (deploy/security-headers.conf), watched from before the page's first script. */
  policy: {
    /** Starts recording `securitypolicyviolation` events; call before the first navigation. */
    watch: () => Promise<unknown>;
    /** The violations the current document recorded. */
    violations: () => Promise<string[]>;
    /** Console messages (of any level) about the policy or Trusted Types. */
    messages: string[];
    /** No violation recorded, and no console message about the policy. */
    expectNone: () => Promise<void>;
  };
}

export const test = base.extend<Fixtures, { corpus: Corpus }>({
  allowedConsoleErrors: [[], { option: true }],
  // Any uncaught error or console error on a page fails the test that opened it. Watched where the page is
  // made, so that a test that only sends requests opens no browser page at all.
  page: async ({ page, allowedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowedConsoleErrors.some((pattern) => pattern.test(message.text()))) {
        errors.push(`console: ${message.text()}`);
      }
    });
    await use(page);
    expect(errors, 'errors on the page').toEqual([]);
  },
  ui: async ({}, use) => use(UI),
  seed: async ({}, use) => use(SEED),
  corpus: [async ({}, use) => use(readCorpus()), { scope: 'worker' }],
  hydrated: async ({ page }, use) => use(() => waitForHydration(page)),
  axe: async ({ page }, use) => use((options) => expectNoAxeViolations(page, options)),
  prerendered: async ({ page }, use) =>
    use({
      watch: () => watchPrerenderedMain(page),
      lost: async () => {
        await settled(page);
        return page.evaluate(() => window.__lostContent);
      },
    }),
  policy: async ({ page }, use) => {
    const messages: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Trusted.?(Type|HTML|Script)/i.test(message.text()))
        messages.push(`${message.type()}: ${message.text()}`);
    });
    const violations = () => page.evaluate(() => window.__cspViolations ?? ['the recorder did not run']);
    await use({
      watch: () =>
        page.addInitScript(() => {
          window.__cspViolations = [];
          document.addEventListener(
            'securitypolicyviolation',
            (event) =>
              window.__cspViolations!.push(
                `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
              ),
            true,
          );
        }),
      violations,
      messages,
      expectNone: async () => {
        expect(await violations()).toEqual([]);
        expect(messages).toEqual([]);
      },
    });
  },
});

export { expect };
