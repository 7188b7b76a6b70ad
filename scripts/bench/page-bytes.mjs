// What a page weighs: every response body the browser receives on a cold load (fresh context, empty cache)
// until the network has been idle, as sent (gzip-compressed where the server compresses), by type.
// Includes what the app fetches after load (the article's other language versions, say): a reader's
// browser loads that too.

const VIEWPORT = { width: 1350, height: 940 };

/** Playwright's resource types, grouped as the bench reports them. */
export const TYPES = ['document', 'script', 'stylesheet', 'json', 'font', 'image', 'other'];
const typeOf = (request) => {
  const type = request.resourceType();
  if (type === 'fetch' || type === 'xhr') return 'json';
  return TYPES.includes(type) ? type : 'other';
};

/** A built file's name without Vite's content hash (`index-BIQrkR-L.js` → `index.js`), to compare builds. */
export const unhashed = (path) => path.replace(/-[A-Za-z0-9_-]{8}(\.[a-z0-9]+)$/, '$1');

export const pageBytes = async (browser, url) => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const finished = [];
    const failed = [];
    page.on('requestfinished', (request) =>
      finished.push(
        Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
          path: new URL(request.url()).pathname,
          type: typeOf(request),
          status: response?.status(),
          bytes: sizes.responseBodySize,
        })),
      ),
    );
    page.on('requestfailed', (request) => failed.push(`${new URL(request.url()).pathname} ${request.failure()?.errorText}`));
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url}: ${response?.status()}`);
    const files = await Promise.all(finished);
    const broken = files.filter((file) => file.status >= 400).map((file) => `${file.path} ${file.status}`);
    if (broken.length) throw new Error(`${url}: ${broken.join(', ')}`);
    const byType = Object.fromEntries(TYPES.map((type) => [type, 0]));
    for (const file of files) byType[file.type] += file.bytes;
    return { total: files.reduce((sum, file) => sum + file.bytes, 0), byType, files, failed };
  } finally {
    await context.close();
  }
};
