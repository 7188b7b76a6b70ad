// Hydration keeps the prerendered page: every kind of page, in every language, is taken over by the app
// without its main content being removed, replaced or hidden, not even for a frame (which a reader sees
// as the page vanishing and coming back, and which moves everything below it).
import type { Page } from '@playwright/test';
import { expect, LANGS, SEED_ID as ARTICLE, test, waitForHydration } from './fixtures';
const PAGES = {
  home: '',
  article: `articles/${ARTICLE}`,
  quotes: 'quotes',
  awards: 'awards',
  timeline: 'timeline',
  person: 'people/kassym-jomart-tokayev',
  search: 'search',
  'not found': 'no-such-page',
};

declare global {
  interface Window {
    __lostContent?: string[];
  }
}

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

/** Until React has taken over the page and its requests are done. */
const hydrated = async (page: Page) => {
  await waitForHydration(page);
  // eslint-disable-next-line playwright/no-networkidle -- what the page's last responses render must be watched too
  await page.waitForLoadState('networkidle');
  // Whatever the last responses made React render has been committed.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
};

for (const lang of LANGS) {
  for (const [kind, path] of Object.entries(PAGES)) {
    test.describe(() => {
      // The not-found page is served with a 404, which the browser reports.
      if (kind === 'not found') test.use({ allowedConsoleErrors: [/status of 404/] });

      test(`hydrating the ${lang} ${kind} page keeps its prerendered content`, async ({ page }) => {
        await watchPrerenderedMain(page);
        await page.goto(`/${lang}/${path}`);
        await hydrated(page);
        expect(await page.evaluate(() => window.__lostContent)).toEqual([]);
      });
    });
  }
}

test('the watch sees content that goes, even for a moment', async ({ page }) => {
  await watchPrerenderedMain(page);
  await page.goto(`/en/articles/${ARTICLE}`);
  await hydrated(page);
  await page.evaluate(() => {
    const heading = document.querySelector('main h1')!;
    const parent = heading.parentNode!;
    const next = heading.nextSibling;
    // Taken out and put back in the same task: no frame shows the gap, yet the node was replaced.
    heading.remove();
    parent.insertBefore(heading, next);
    document.querySelector<HTMLElement>('main p')!.style.display = 'none';
  });
  await expect
    .poll(() => page.evaluate(() => window.__lostContent))
    .toEqual([expect.stringMatching(/^removed: <h1>/), expect.stringMatching(/^hidden: <p>/)]);
});
