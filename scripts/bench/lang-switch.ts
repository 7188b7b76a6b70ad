// Language switch latency (docs/product.md, "Quality bar": every visible string changed within 50 ms of
// the click, with no network wait). On a prerendered article page that has hydrated and gone quiet, the
// bench points at the switcher's link ("Қазақша", then "English", and so on), which is the reader's intent
// and lets the page fetch what the other language needs, waits until the page's requests are over (noting
// how long that took), clicks, and the page itself times, from the click event to the end of the first
// frame that shows the other language completely:
//   - <html lang>, the address, the h1 (the headline of that language's version, from its JSON file),
//     the site name, the sections' navigation and its label, the switcher's label and the footer
//     (from locales/<lang>/translation.json);
//   - and all the page's visible text (innerText) as a fresh load of that language's address shows it,
//     so that no string is left behind that the list above does not name.
// Every request the browser starts between the click and that frame is recorded: a switch should need none.
import { readFileSync } from 'node:fs';
import type { Browser, Page, Request } from '@playwright/test';
import type { Lang } from '../../src/shared/languages.ts';
import { newContext, trackNetwork } from './browser.ts';

const NAME: Record<Lang, string> = { en: 'English', kk: 'Қазақша', 'kk-Latn': 'Qazaqşa', ru: 'Русский' };
/** A switch that has not shown the other language by then has failed. */
const TIMEOUT_MS = 5000;

interface Expected {
  lang: Lang;
  path: string;
  headline: string;
  siteName: string;
  /** The footer's paragraphs: the site's description and the link to the saved articles. */
  footer: string[];
  navLabel: string;
  nav: string[];
  switcherLabel: string;
}

interface Translation {
  site: { name: string; description: string };
  nav: Record<'main' | 'latest' | 'quotes' | 'awards' | 'timeline' | 'search' | 'saved', string>;
  language: { label: string };
}

/** What a page in `lang` shows: headline from the article's file, interface strings from the locale. */
export const expectedStrings = (slug: string, lang: Lang, { publicDir = 'public', localesDir = 'locales' } = {}): Expected => {
  const article = JSON.parse(readFileSync(`${publicDir}/articles/${slug}/${lang}.json`, 'utf8')) as { headline: string };
  const t = JSON.parse(readFileSync(`${localesDir}/${lang}/translation.json`, 'utf8')) as Translation;
  return {
    lang,
    path: `/${lang}/articles/${slug}`,
    headline: article.headline,
    siteName: t.site.name,
    footer: [t.site.description, t.nav.saved],
    navLabel: t.nav.main,
    nav: (['latest', 'quotes', 'awards', 'timeline', 'search'] as const).map((section) => t.nav[section]),
    switcherLabel: t.language.label,
  };
};

/** Runs in the page: whether it hydrated (React has attached itself to the switcher's links). */
export const hydrated = () => {
  const link = document.querySelector('nav.language-switcher a');
  return Boolean(link && Object.keys(link).some((key) => key.startsWith('__reactFiber$')));
};

/** Runs in the page: all its visible text, whitespace made uniform. */
const visibleText = () => document.body.innerText.replace(/\s+/g, ' ').trim();

interface Probe {
  click: number | null;
  dom: number | null;
  frame: number | null;
  done: number | null;
  frames: number;
  missing: string[];
}

declare global {
  interface Window {
    __benchSwitch?: Promise<Probe>;
  }
}

/**
 * Runs in the page before the click. Notes the click's time in a capture-phase listener, then checks on
 * every mutation (cheap checks only) and in every animation frame (all checks) whether the page shows
 * `expected` completely; the first frame that does ends the measure once it has been painted (a message
 * posted from its animation-frame callback arrives after the paint). The result is left on window.
 */
const installSwitchProbe = ({ expected, reference, timeoutMs }: { expected: Expected; reference: string; timeoutMs: number }) => {
  const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const probe: Probe = { click: null, dom: null, frame: null, done: null, frames: 0, missing: [] };
  const cheapMissing = () => {
    const missing: string[] = [];
    if (document.documentElement.lang !== expected.lang) missing.push(`html lang ${document.documentElement.lang}`);
    if (location.pathname !== expected.path) missing.push(`address ${location.pathname}`);
    const h1 = norm(document.querySelector('h1')?.textContent);
    if (h1 !== expected.headline) missing.push(`h1 "${h1.slice(0, 40)}"`);
    if (norm(document.querySelector('.site-name')?.textContent) !== expected.siteName) missing.push('site name');
    if ([...document.querySelectorAll('.site-footer p')].map((p) => norm(p.textContent)).join('|') !== expected.footer.join('|'))
      missing.push('footer');
    const nav = [...document.querySelectorAll('nav')].find((element) => element.getAttribute('aria-label') === expected.navLabel);
    if (!nav) missing.push('navigation label');
    else if (norm([...nav.querySelectorAll('a')].map((a) => a.textContent).join('|')) !== expected.nav.join('|'))
      missing.push('navigation links');
    if (document.querySelector('nav.language-switcher')?.getAttribute('aria-label') !== expected.switcherLabel)
      missing.push('switcher label');
    return missing;
  };
  const allMissing = () => {
    const missing = cheapMissing();
    if (missing.length === 0 && norm(document.body.innerText) !== reference) missing.push('visible text differs from a fresh load');
    return missing;
  };
  window.__benchSwitch = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (probe.click !== null && probe.dom === null && cheapMissing().length === 0) probe.dom = performance.now();
    });
    const finish = () => {
      observer.disconnect();
      resolve(probe);
    };
    const frame = () => {
      probe.frames += 1;
      const missing = allMissing();
      if (missing.length === 0) {
        probe.frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.done = performance.now();
          finish();
        };
        channel.port2.postMessage(null);
        return;
      }
      if (performance.now() - probe.click! > timeoutMs) {
        probe.missing = missing;
        finish();
        return;
      }
      requestAnimationFrame(frame);
    };
    addEventListener(
      'click',
      () => {
        probe.click = performance.now();
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        requestAnimationFrame(frame);
      },
      { capture: true, once: true },
    );
  });
};

/** Runs in the page after a switch: what it fetched between the click and the end of the measure, and after. */
const resourcesAround = ({ from, to }: { from: number; to: number }) => {
  const entries = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= from);
  const path = (entry: PerformanceEntry) => new URL(entry.name).pathname;
  return {
    timeOrigin: performance.timeOrigin,
    icons: [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((link) => new URL(link.href).pathname),
    during: entries.filter((entry) => entry.startTime <= to).map(path),
    after: entries.filter((entry) => entry.startTime > to).map(path),
  };
};

/**
 * What each address shows when loaded afresh: a switch is done when the page shows the same. Loaded in a
 * context of its own, so that the measured page's cache holds only what a reader's would.
 */
const freshTexts = async (browser: Browser, base: string, expected: Expected[]): Promise<Map<Lang, string>> => {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const texts = new Map<Lang, string>();
    for (const { lang, path } of expected) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(hydrated);
      texts.set(lang, await page.evaluate(visibleText));
    }
    return texts;
  } finally {
    await context.close();
  }
};

export interface SwitchResult {
  from: Lang;
  to: Lang;
  /** Milliseconds from the click to the first painted frame that shows the other language completely. */
  ms: number;
  /** Milliseconds from the click until the DOM had the checked strings (before that frame). */
  domMs: number;
  frames: number;
  /** Milliseconds from the pointer reaching the link (the reader's intent) until the page's requests were over. */
  intentMs: number;
  /** What the page fetched on that intent, before the click. */
  onIntent: string[];
  /** What the page fetched between the click and the painted frame (the budget: none). */
  requests: string[];
  after: string[];
  /** Chromium fetched the tab's icon again (after every same-document navigation; nothing waits for it). */
  icon: boolean;
}

/**
 * `switches` language switches on one page, en → kk → en → …, at `cpuSlowdown` (1: none). Returns each
 * switch's milliseconds from click to the painted frame, from click to the DOM being complete, and the
 * requests made meanwhile (by the page's resource timing and by the browser's request events).
 */
export const measureLanguageSwitch = async (
  browser: Browser,
  base: string,
  { slug, switches, cpuSlowdown = 1, langs = ['en', 'kk'] }: { slug: string; switches: number; cpuSlowdown?: number; langs?: Lang[] },
): Promise<SwitchResult[]> => {
  const expected = new Map(langs.map((lang) => [lang, expectedStrings(slug, lang)]));
  const reference = await freshTexts(browser, base, [...expected.values()]);
  const context = await newContext(browser);
  try {
    const page: Page = await context.newPage();
    if (cpuSlowdown !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const network = trackNetwork(page);
    let recording: Request[] | null = null;
    page.on('request', (request) => recording?.push(request));
    let lastAnswered = 0;
    const answered = () => (lastAnswered = performance.now());
    page.on('requestfinished', answered);
    page.on('requestfailed', answered);
    const settle = async () => {
      await page.waitForFunction(hydrated);
      await network.quiet();
    };
    const path = (request: Request) => new URL(request.url()).pathname;

    await page.goto(`${base}${expected.get(langs[0]!)!.path}`, { waitUntil: 'networkidle' });
    await settle();
    // Room for every switch's entries (the default buffer keeps 250).
    await page.evaluate(() => performance.setResourceTimingBufferSize(100_000));
    const results: SwitchResult[] = [];
    for (let i = 0; i < switches; i += 1) {
      const from = langs[i % langs.length]!;
      const to = langs[(i + 1) % langs.length]!;
      const link = page
        .getByRole('navigation', { name: expected.get(from)!.switcherLabel })
        .getByRole('link', { name: NAME[to], exact: true });
      // The reader's pointer reaches the link before the click: the page may fetch what it needs then.
      recording = [];
      const intentAt = performance.now();
      await link.hover();
      await network.quiet(100);
      const onIntent = recording.map(path);
      const intentMs = onIntent.length ? lastAnswered - intentAt : 0;
      await page.evaluate(installSwitchProbe, { expected: expected.get(to)!, reference: reference.get(to)!, timeoutMs: TIMEOUT_MS });
      recording = [];
      await link.click();
      const probe = await page.evaluate(() => window.__benchSwitch!);
      if (probe.done === null || probe.click === null)
        throw new Error(`language switch ${from} → ${to}: not complete after ${TIMEOUT_MS} ms (${probe.missing.join(', ')})`);
      // Read once the network is quiet: a resource's timing entry appears when it has finished loading.
      await settle();
      const requested: Request[] = recording;
      recording = null;
      const { timeOrigin, icons, during, after } = await page.evaluate(resourcesAround, { from: probe.click, to: probe.done });
      // The browser's request events too (a request that failed may leave no timing entry), by wall time.
      const at = (request: Request) => request.timing().startTime - timeOrigin;
      const notIcon = (p: string) => !icons.includes(p);
      results.push({
        from,
        to,
        ms: probe.done - probe.click,
        domMs: (probe.dom ?? probe.frame ?? probe.done) - probe.click,
        frames: probe.frames,
        intentMs,
        onIntent: [...new Set(onIntent)].filter(notIcon),
        requests: [...new Set([...during, ...requested.filter((r) => at(r) <= probe.done!).map(path)])].filter(notIcon),
        after: [...new Set([...after, ...requested.filter((r) => at(r) > probe.done!).map(path)])].filter(notIcon),
        icon: [...during, ...after, ...requested.map(path)].some((p) => icons.includes(p)),
      });
    }
    return results;
  } finally {
    await context.close();
  }
};
