// One cold page load in Chromium under the product's desktop conditions (docs/product.md, "Quality bar"):
// a fresh context (empty cache), 1350×940, 40 ms latency, 10 Mbit/s each way, CPU slowed 4×.
// Returns first and largest contentful paint, the LCP element, the layout shift (CLS), the bytes the page
// transferred until its network went quiet (its first view, everything it fetches on its own), and, for
// investigation, the timings of the document and every resource. Chromium's emulation adds the latency
// before a response's last byte, not its first, so responseStart looks early and responseEnd is the time
// that counts.
import type { Browser, Request } from '@playwright/test';
import { newContext, trackNetwork } from './browser.ts';

const NETWORK = { offline: false, latency: 40, downloadThroughput: 1_250_000, uploadThroughput: 1_250_000 };
export const CPU_SLOWDOWN = 4;

/** Playwright's resource types, grouped as the bench reports them. */
export const TYPES = ['document', 'script', 'stylesheet', 'json', 'font', 'image', 'other'] as const;
export type ResourceType = (typeof TYPES)[number];
export const typeOf = (request: Request): ResourceType => {
  const type = request.resourceType();
  if (type === 'fetch' || type === 'xhr') return 'json';
  return (TYPES as readonly string[]).includes(type) ? (type as ResourceType) : 'other';
};

interface Paints {
  fcp: number | null;
  lcp: { startTime: number; size: number; element: string; url: string } | null;
  lcpEntries: number;
  /** Cumulative layout shift as Chromium and Lighthouse define it: the largest session window. */
  cls: number;
  shifts: { at: number; value: number; sources: string[] }[];
  scripts: { source: string; start: number; duration: number }[];
}

declare global {
  interface Window {
    __benchPaints?: Paints;
  }
}

/** What the page reports of a layout shift (not in TypeScript's DOM types yet). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null }[];
}

/** Runs in the page before any of its scripts; `buffered: true` also delivers entries from before it ran. */
const observePaints = () => {
  const seen: Paints = { fcp: null, lcp: null, lcpEntries: 0, cls: 0, shifts: [], scripts: [] };
  window.__benchPaints = seen;
  const describe = (node: Node | null | undefined) => {
    if (!node) return '(removed from the page)';
    if (!(node instanceof Element)) return `#${node.nodeName}`;
    const classes = node.classList.length ? `.${[...node.classList].join('.')}` : '';
    return `<${node.localName}${classes}> "${(node.textContent ?? '').trim().slice(0, 40)}"`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { size: number; element: Element | null; url: string })[]) {
      seen.lcpEntries += 1;
      // Described now: hydration may later replace the node that was painted.
      seen.lcp = { startTime: entry.startTime, size: entry.size, element: describe(entry.element), url: entry.url };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Session windows: shifts less than 1 s apart, at most 5 s long; CLS is the largest window's sum.
  let session = { start: -Infinity, last: -Infinity, sum: 0 };
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries() as LayoutShift[]) {
      if (shift.hadRecentInput) continue;
      if (shift.startTime - session.last > 1000 || shift.startTime - session.start > 5000)
        session = { start: shift.startTime, last: shift.startTime, sum: 0 };
      session.last = shift.startTime;
      session.sum += shift.value;
      seen.cls = Math.max(seen.cls, session.sum);
      seen.shifts.push({ at: shift.startTime, value: shift.value, sources: shift.sources.map((source) => describe(source.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // Scripts that ran in frames longer than 50 ms: shows whether the page's JavaScript ran before the LCP paint.
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries() as (PerformanceEntry & {
      scripts: { sourceURL: string; invoker: string; startTime: number; duration: number }[];
    })[])
      for (const script of frame.scripts)
        seen.scripts.push({ source: script.sourceURL || script.invoker, start: script.startTime, duration: script.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
};

/**
 * Runs in the page after `load`. Paint entries arrive only after the frame is presented, `load` can come
 * before the first frame, and hydration may paint again: so wait for the main thread to go idle and two
 * more frames to pass, and repeat until there is an LCP entry and a round has brought no new one. This
 * ends as soon as the page is quiet, with no fixed sleep.
 */
const settlePaints = async () => {
  const quiet = () =>
    new Promise<void>((resolve) =>
      requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), { timeout: 500 }),
    );
  const paints = window.__benchPaints!;
  for (
    let round = 0, before = -1;
    round < 50 && !(paints.fcp !== null && paints.lcpEntries > 0 && paints.lcpEntries === before);
    round += 1
  ) {
    before = paints.lcpEntries;
    await quiet();
  }
};

/** Runs in the page once it is quiet: the paints and shifts seen, and the timings of everything it loaded. */
const readTimings = () => {
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return {
    ...window.__benchPaints!,
    document: {
      responseStart: nav?.responseStart ?? NaN,
      end: nav?.responseEnd ?? NaN,
      interactive: nav?.domInteractive ?? NaN,
      dcl: nav?.domContentLoadedEventEnd ?? NaN,
    },
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      path: new URL(r.name).pathname,
      start: r.startTime,
      responseStart: r.responseStart,
      end: r.responseEnd,
      bytes: r.transferSize,
      blocking: (r as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus ?? '',
    })),
  };
};

export interface LoadedFile {
  path: string;
  type: ResourceType;
  status: number;
  /** The body as sent (compressed where the server compresses), without headers. */
  bytes: number;
}

export type ColdLoad = ReturnType<typeof readTimings> & {
  fcp: number;
  lcp: NonNullable<Paints['lcp']>;
  files: LoadedFile[];
  /** Bytes of every response body until the network went quiet, by type. */
  bytes: Record<ResourceType, number> & { total: number };
};

export interface ColdLoadOptions {
  /** Emulate the product's desktop network and CPU (default); false loads at the machine's own speed. */
  throttle?: boolean;
  /** The status the page itself answers with: 200, or 404 for the not-found page. */
  status?: number;
}

export const coldLoad = async (
  browser: Browser,
  url: string,
  { throttle = true, status = 200 }: ColdLoadOptions = {},
): Promise<ColdLoad> => {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(observePaints);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    const network = trackNetwork(page);
    // A page that loads with a missing file measures something else (a rebuild of dist/ meanwhile, say).
    // Only what the first view is made of: the app may abort its own fetches, and that is fine.
    const failed: string[] = [];
    const matters = (request: Request) => ['document', 'stylesheet', 'script', 'font', 'image'].includes(request.resourceType());
    const finished: Promise<LoadedFile>[] = [];
    page.on('requestfinished', (request) =>
      finished.push(
        Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
          path: new URL(request.url()).pathname,
          type: typeOf(request),
          status: response?.status() ?? 0,
          bytes: sizes.responseBodySize,
        })),
      ),
    );
    page.on('response', (response) => {
      const expected = response.request().isNavigationRequest() ? status : 200;
      if (response.status() !== expected && response.status() >= 400 && matters(response.request()))
        failed.push(`${new URL(response.url()).pathname} ${response.status()}`);
    });
    page.on('requestfailed', (request) => {
      if (matters(request)) failed.push(`${new URL(request.url()).pathname} ${request.failure()?.errorText}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(settlePaints);
    await network.quiet(500);
    // Whatever the page did once its requests were answered (hydration's renders) has been painted too.
    await page.evaluate(settlePaints);
    const result = await page.evaluate(readTimings);
    if (failed.length) throw new Error(`cold load of ${url}: ${failed.join(', ')} (was dist/ rebuilt meanwhile?)`);
    if (result.fcp === null || result.lcp === null) throw new Error(`no paint entries for ${url}`);
    const files = await Promise.all(finished);
    const bytes = { ...Object.fromEntries(TYPES.map((type) => [type, 0])), total: 0 } as ColdLoad['bytes'];
    for (const file of files) {
      bytes[file.type] += file.bytes;
      bytes.total += file.bytes;
    }
    return { ...result, fcp: result.fcp, lcp: result.lcp, files, bytes };
  } finally {
    await context.close();
  }
};
