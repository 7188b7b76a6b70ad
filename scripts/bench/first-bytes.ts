// How much of a page's HTML a reader needs before the headline and the first paragraph are there: the
// shortest start of the document in which Chromium's own parser finds both whole and not hidden (React's
// streamed Suspense output, say, puts content in `<div hidden>` until a script shows it), found by
// bisection over prefixes parsed with scripts off. Counted in the bytes the server sends: a new
// connection's first round trip carries about 14 KB of them (TCP's initial window of ten segments), and
// they are compressed; and, for comparison, in bytes of the HTML itself.
import { get } from 'node:http';
import { constants, gunzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { newContext } from './browser.ts';

const SELECTORS = { headline: 'article h1', paragraph: 'article .article-body p' } as const;

/** Runs in the page: each selector's text, or null where the element is missing, empty or hidden. */
const shownTexts = (selectors: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(selectors).map(([name, selector]) => {
      const element = document.querySelector(selector);
      const text = element?.textContent?.trim();
      return [name, text && !element!.closest('[hidden], template') ? text : null];
    }),
  );

export interface FirstBytes {
  /** Bytes the server sends (gzip) until the end of the first paragraph can be decompressed. */
  wireBytes: number;
  /** Bytes of the HTML itself (uncompressed) up to the end of the first paragraph. */
  bytes: number;
  /** Where the headline alone is complete. */
  headlineBytes: number;
  total: number;
  /** Whether the whole document shows both at all (else the numbers are its full length). */
  found: boolean;
}

/** How much of a gzip stream it takes to decompress the first `length` bytes of what it holds. */
const compressedLength = (gzipped: Buffer, length: number): number => {
  const inflated = (n: number) => gunzipSync(gzipped.subarray(0, n), { finishFlush: constants.Z_SYNC_FLUSH }).length;
  let [low, high] = [0, gzipped.length];
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (inflated(middle) >= length) high = middle;
    else low = middle;
  }
  return high;
};

/** A response's body exactly as sent, with the `accept-encoding` given (fetch() would decompress it). */
const download = (url: string, encoding: 'gzip' | 'identity'): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      const sent = response.headers['content-encoding'] ?? 'identity';
      if (response.statusCode !== 200 || sent !== encoding) {
        response.resume();
        reject(new Error(`${url}: ${response.statusCode}, ${sent} where ${encoding} was asked for`));
        return;
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });

export const firstBytes = async (browser: Browser, url: string): Promise<FirstBytes> => {
  const [html, gzipped] = await Promise.all([download(url, 'identity'), download(url, 'gzip')]);
  const context = await newContext(browser, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // Nothing the markup links to is needed: the parse is what counts.
    await page.route('**/*', (route) => route.abort());
    const parse = async (length: number) => {
      await page.setContent(new TextDecoder().decode(html.subarray(0, length)), { waitUntil: 'domcontentloaded' });
      return page.evaluate(shownTexts, SELECTORS);
    };
    const whole = await parse(html.length);
    const complete = (texts: Record<string, string | null>, names: (keyof typeof SELECTORS)[]) =>
      names.every((name) => texts[name] !== null && texts[name] === whole[name]);
    /** The shortest prefix for which `names` are complete (bisection: a longer prefix never loses them). */
    const shortest = async (names: (keyof typeof SELECTORS)[]) => {
      let [low, high] = [0, html.length];
      while (high - low > 1) {
        const middle = (low + high) >> 1;
        if (complete(await parse(middle), names)) high = middle;
        else low = middle;
      }
      return high;
    };
    const found = whole.headline !== null && whole.paragraph !== null;
    const bytes = found ? await shortest(['headline', 'paragraph']) : html.length;
    return {
      bytes,
      wireBytes: compressedLength(gzipped, bytes),
      headlineBytes: found ? await shortest(['headline']) : html.length,
      total: html.length,
      found,
    };
  } finally {
    await context.close();
  }
};
