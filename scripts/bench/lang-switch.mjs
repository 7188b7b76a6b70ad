// Language switch latency (docs/product.md, "Quality bar": every visible string changed within 50 ms of
// the click, with no network wait). On a prerendered article page that has hydrated and gone quiet, the
// bench clicks the switcher's link ("Қазақша", then "English", and so on) and the page itself times, from
// the click event to the end of the first frame that shows the other language completely:
//   - <html lang>, the address, the h1 (the headline of that language's version, from its JSON file),
//     the site name, the sections' navigation and its label, the switcher's label and the footer
//     (from locales/<lang>/translation.json);
//   - and all the page's visible text (innerText) as a fresh load of that language's address shows it,
//     so that no string is left behind that the list above does not name.
// Every request the browser starts between the click and that frame is recorded: the article page
// prefetches its other versions once loaded, so a switch should need none.
import { readFileSync } from 'node:fs';

const VIEWPORT = { width: 1350, height: 940 };
const NAME = { en: 'English', kk: 'Қазақша', ru: 'Русский' };
/** A switch that has not shown the other language by then has failed. */
const TIMEOUT_MS = 5000;

/** What a page in `lang` shows: headline from the article's file, interface strings from the locale. */
export const expectedStrings = (slug, lang, { publicDir = 'public', localesDir = 'locales' } = {}) => {
  const article = JSON.parse(readFileSync(`${publicDir}/articles/${slug}/${lang}.json`, 'utf8'));
  const t = JSON.parse(readFileSync(`${localesDir}/${lang}/translation.json`, 'utf8'));
  return {
    lang,
    path: `/${lang}/articles/${slug}`,
    headline: article.headline,
    siteName: t.site.name,
    footer: t.site.description,
    navLabel: t.nav.main,
    nav: ['latest', 'quotes', 'awards', 'timeline', 'search'].map((section) => t.nav[section]),
    switcherLabel: t.language.label,
  };
};

/** Runs in the page: whether it hydrated (React has attached itself to the switcher's links). */
const hydrated = () => {
  const link = document.querySelector('nav.language-switcher a');
  return Boolean(link && Object.keys(link).some((key) => key.startsWith('__reactFiber$')));
};

/** Runs in the page: all its visible text, whitespace made uniform. */
const visibleText = () => document.body.innerText.replace(/\s+/g, ' ').trim();

/**
 * Runs in the page before the click. Notes the click's time in a capture-phase listener, then checks on
 * every mutation (cheap checks only) and in every animation frame (all checks) whether the page shows
 * `expected` completely; the first frame that does ends the measure once it has been painted (a message
 * posted from its animation-frame callback arrives after the paint). The result is left on window.
 */
const installSwitchProbe = ({ expected, reference, timeoutMs }) => {
  const norm = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const probe = { click: null, dom: null, frame: null, done: null, frames: 0, fontWait: false, missing: [] };
  const cheapMissing = () => {
    const missing = [];
    if (document.documentElement.lang !== expected.lang) missing.push(`html lang ${document.documentElement.lang}`);
    if (location.pathname !== expected.path) missing.push(`address ${location.pathname}`);
    const h1 = norm(document.querySelector('h1')?.textContent);
    if (h1 !== expected.headline) missing.push(`h1 "${h1.slice(0, 40)}"`);
    if (norm(document.querySelector('.site-name')?.textContent) !== expected.siteName) missing.push('site name');
    if (norm(document.querySelector('.site-footer')?.textContent) !== expected.footer) missing.push('footer');
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
    // innerText has laid the page out, which starts the download of any font subset the new text needs:
    // with font-display: optional such text is invisible until the font arrives (at most ~100 ms).
    if (document.fonts.status !== 'loaded') {
      probe.fontWait = true;
      missing.push('fonts loading');
    }
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
      if (performance.now() - probe.click > timeoutMs) {
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
const resourcesAround = ({ from, to }) => {
  const entries = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= from);
  const path = (entry) => new URL(entry.name).pathname;
  return {
    timeOrigin: performance.timeOrigin,
    icons: [...document.querySelectorAll('link[rel~="icon"]')].map((link) => new URL(link.href).pathname),
    during: entries.filter((entry) => entry.startTime <= to).map(path),
    after: entries.filter((entry) => entry.startTime > to).map(path),
  };
};

/** Until no request has been in flight for `quietMs`: the app's own fetches after a switch, if any, are over. */
const networkQuiet = async (page, inFlight, quietMs = 300) => {
  let quietSince = performance.now();
  while (performance.now() - quietSince < quietMs) {
    await page.waitForTimeout(50);
    if (inFlight.size > 0) quietSince = performance.now();
  }
};

/**
 * What each address shows when loaded afresh: a switch is done when the page shows the same. Loaded in a
 * context of its own, so that the measured page's cache holds only what a reader's would.
 */
const freshTexts = async (browser, base, paths) => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const texts = {};
    for (const path of paths) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(hydrated);
      texts[path.split('/')[1]] = await page.evaluate(visibleText);
    }
    return texts;
  } finally {
    await context.close();
  }
};

/**
 * `switches` language switches on one page, en → kk → en → …, at `cpuSlowdown` (1: none). Returns each
 * switch's milliseconds from click to the painted frame, from click to the DOM being complete, and the
 * requests made meanwhile (by the page's resource timing and by the browser's request events).
 */
export const measureLanguageSwitch = async (browser, base, { slug, switches, cpuSlowdown = 1, langs = ['en', 'kk'] }) => {
  const expected = Object.fromEntries(langs.map((lang) => [lang, expectedStrings(slug, lang)]));
  const reference = await freshTexts(
    browser,
    base,
    langs.map((lang) => expected[lang].path),
  );
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    if (cpuSlowdown !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const inFlight = new Set();
    let recording = null;
    page.on('request', (request) => {
      inFlight.add(request);
      recording?.push(request);
    });
    for (const event of ['requestfinished', 'requestfailed']) page.on(event, (request) => inFlight.delete(request));
    const settle = async () => {
      await page.waitForFunction(hydrated);
      await networkQuiet(page, inFlight);
    };

    await page.goto(`${base}${expected[langs[0]].path}`, { waitUntil: 'networkidle' });
    await settle();
    // Room for every switch's entries (the default buffer keeps 250).
    await page.evaluate(() => performance.setResourceTimingBufferSize(100_000));
    const results = [];
    for (let i = 0; i < switches; i += 1) {
      const from = langs[i % langs.length];
      const to = langs[(i + 1) % langs.length];
      await page.evaluate(installSwitchProbe, { expected: expected[to], reference: reference[to], timeoutMs: TIMEOUT_MS });
      const link = page.getByRole('navigation', { name: expected[from].switcherLabel }).getByRole('link', { name: NAME[to], exact: true });
      recording = [];
      await link.click();
      const probe = await page.evaluate(() => window.__benchSwitch);
      if (probe.done === null)
        throw new Error(`language switch ${from} → ${to}: not complete after ${TIMEOUT_MS} ms (${probe.missing.join(', ')})`);
      // Read once the network is quiet: a resource's timing entry appears when it has finished loading.
      await settle();
      const requested = recording;
      recording = null;
      const { timeOrigin, icons, during, after } = await page.evaluate(resourcesAround, { from: probe.click, to: probe.done });
      // The browser's request events too (a request that failed may leave no timing entry), by wall time.
      const at = (request) => request.timing().startTime - timeOrigin;
      const path = (request) => new URL(request.url()).pathname;
      results.push({
        from,
        to,
        ms: probe.done - probe.click,
        domMs: (probe.dom ?? probe.frame) - probe.click,
        frames: probe.frames,
        fontWait: probe.fontWait,
        requests: [...new Set([...during, ...requested.filter((r) => at(r) <= probe.done).map(path)])].filter((p) => !icons.includes(p)),
        after: [...new Set([...after, ...requested.filter((r) => at(r) > probe.done).map(path)])].filter((p) => !icons.includes(p)),
        // Chromium fetches the tab's icon again after every same-document navigation; nothing waits for it.
        icon: [...during, ...after, ...requested.map(path)].some((p) => icons.includes(p)),
      });
    }
    return results;
  } finally {
    await context.close();
  }
};
