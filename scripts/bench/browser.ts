// The bench's Chromium: Debian's where installed (CHROMIUM_PATH), with no way out to other hosts, and
// browser contexts that can run the bench's own TypeScript functions in the page.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/** The product's desktop window (docs/product.md). */
export const VIEWPORT = { width: 1350, height: 940 };

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: [
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      '--disable-gpu',
      '--disable-quic',
      // Chromium 156 (headless too) now and then loads its omnibox popup, a WebUI renderer that takes 1.5–4 s
      // of CPU, in the middle of a measured load: on 2 cores that alone made single LCPs 2–3× slower.
      '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
    ],
  });

/**
 * A fresh context (empty cache) in the product's window. tsx compiles the bench with esbuild's `keepNames`,
 * which wraps named inner functions in a `__name(…)` helper; the functions the bench sends to the page
 * carry those calls, so the page gets a `__name` that leaves its argument as it is.
 */
export const newContext = async (browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return context;
};

/** Until no request has been in flight for `quietMs`: what the page fetches on its own is over. */
export const trackNetwork = (page: Page) => {
  const inFlight = new Set<unknown>();
  page.on('request', (request) => inFlight.add(request));
  const answered = (request: unknown) => inFlight.delete(request);
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  return {
    quiet: async (quietMs = 300): Promise<void> => {
      let quietSince = performance.now();
      while (performance.now() - quietSince < quietMs) {
        await page.waitForTimeout(50);
        if (inFlight.size > 0) quietSince = performance.now();
      }
    },
  };
};
