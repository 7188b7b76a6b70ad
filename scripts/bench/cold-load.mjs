// One cold page load in Chromium under the product's desktop conditions (docs/product.md, "Quality bar"):
// a fresh context (empty cache), 1350×940, 40 ms latency, 10 Mbit/s each way, CPU slowed 4×.
// Returns first and largest contentful paint, the LCP element and, for investigation, the timings of
// the document and every resource. Chromium's emulation adds the latency before a response's last byte,
// not its first, so responseStart looks early and responseEnd is the time that counts.

const VIEWPORT = { width: 1350, height: 940 };
const NETWORK = { offline: false, latency: 40, downloadThroughput: 1_250_000, uploadThroughput: 1_250_000 };
const CPU_SLOWDOWN = 4;

/** Runs in the page before any of its scripts; `buffered: true` also delivers entries from before it ran. */
const observePaints = () => {
  const seen = { fcp: null, lcp: null, lcpEntries: 0, scripts: [] };
  window.__benchPaints = seen;
  const describe = (element) => {
    if (!element) return '(removed from the page)';
    const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
    return `<${element.localName}${classes}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      seen.lcpEntries += 1;
      // Described now: hydration may later replace the node that was painted.
      seen.lcp = { startTime: entry.startTime, size: entry.size, element: describe(entry.element), url: entry.url };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Scripts that ran in frames longer than 50 ms: shows whether the app's JavaScript ran before the LCP paint.
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
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
const settleAndRead = async () => {
  const quiet = () =>
    new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), { timeout: 500 }));
  const paints = window.__benchPaints;
  for (
    let round = 0, before = -1;
    round < 50 && !(paints.fcp !== null && paints.lcpEntries > 0 && paints.lcpEntries === before);
    round += 1
  ) {
    before = paints.lcpEntries;
    await quiet();
  }
  const [nav] = performance.getEntriesByType('navigation');
  const resources = performance.getEntriesByType('resource').map((r) => ({
    path: new URL(r.name).pathname,
    start: r.startTime,
    responseStart: r.responseStart,
    end: r.responseEnd,
    bytes: r.transferSize,
    blocking: r.renderBlockingStatus,
  }));
  return {
    ...paints,
    document: {
      responseStart: nav.responseStart,
      end: nav.responseEnd,
      interactive: nav.domInteractive,
      dcl: nav.domContentLoadedEventEnd,
    },
    resources,
  };
};

export const coldLoad = async (browser, url) => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(observePaints);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // A page that loads with a missing file measures something else (a rebuild of dist/ meanwhile, say).
    // Only what the first view is made of: the app may abort its own fetches, and that is fine.
    const failed = [];
    const matters = (request) => ['document', 'stylesheet', 'script', 'font', 'image'].includes(request.resourceType());
    page.on('response', (response) => {
      if (response.status() >= 400 && matters(response.request())) failed.push(`${new URL(response.url()).pathname} ${response.status()}`);
    });
    page.on('requestfailed', (request) => {
      if (matters(request)) failed.push(`${new URL(request.url()).pathname} ${request.failure()?.errorText}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    const result = await page.evaluate(settleAndRead);
    if (failed.length) throw new Error(`cold load of ${url}: ${failed.join(', ')} (was dist/ rebuilt meanwhile?)`);
    if (result.fcp === null || result.lcp === null) throw new Error(`no paint entries for ${url}`);
    return result;
  } finally {
    await context.close();
  }
};
