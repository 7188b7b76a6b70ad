// What the production server sends before any JavaScript runs: the article in the HTML, the link preview
// in the link's language, the addresses search engines read, real 404s and redirects, caching, and a
// hydration that neither complains nor fetches what the page already carries.
import ogs from 'open-graph-scraper';
import { expect, LANGS, SEED, SEED_ID, test, UI } from './fixtures';
const { en, kk } = UI;

const SITE_URL = 'https://reader.example';
const ui = UI;
const articles = SEED;
type Lang = (typeof LANGS)[number];

/** What a reader of each language sees for the date and the awards (the official names, with degree). */
const written = {
  en: { date: '27 April 2023', awards: ['Order of Kurmet', 'Order of Dostyk, 2nd degree', 'Shapagat medal'], ogLocale: 'en_US' },
  kk: {
    date: '2023\u00a0ж. 27 сәуір',
    awards: ['«Құрмет» ордені', 'ІІ дәрежелі «Достық» ордені', '«Шапағат» медалі'],
    ogLocale: 'kk_KZ',
  },
  'kk-Latn': {
    date: '2023\u00a0j. 27 säuır',
    awards: ['«Qūrmet» ordenı', 'II därejelı «Dostyq» ordenı', '«Şapağat» medalı'],
    ogLocale: 'kk_KZ',
  },
  ru: { date: '27 апреля 2023\u00a0г.', awards: ['орден «Құрмет»', 'орден «Достық» II степени', 'медаль «Шапағат»'], ogLocale: 'ru_RU' },
} as const;

const articlePath = (lang: Lang) => `/${lang}/articles/${SEED_ID}`;
const absolute = (path: string) => `${SITE_URL}${path}`;

/** The parts of an article file checked here (the JSON import types every block loosely). */
interface Article {
  body: readonly { type: string; text?: string; events?: unknown }[];
}
const textsOf = (article: Article, type: string) => article.body.filter((block) => block.type === type).map((block) => block.text!);
const timelineTexts = (article: Article) =>
  article.body.filter((block) => block.type === 'timeline').flatMap((block) => (block.events as { text: string }[]).map((e) => e.text));

const decodeEntities = (html: string) =>
  html.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec: string, hex: string, name: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[name.toLowerCase()]!;
  });

/** The words of the body as a reader (or a bot) gets them: no scripts, no tags, entities decoded. */
const bodyText = (html: string) =>
  decodeEntities(
    (/<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, '\n'),
  );

/** The attributes of every `<tag …>` of a kind in the markup, decoded. */
const tagsOf = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, 'g'))].map((match) =>
    Object.fromEntries(
      [...match[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key, value]) => [key!.toLowerCase(), decodeEntities(value!)]),
    ),
  );

for (const lang of LANGS) {
  test.describe(`the served ${lang} article page`, () => {
    const t = ui[lang];
    const article = articles[lang];

    test('arrives as HTML that is revalidated on every use', async ({ request }) => {
      const response = await request.get(articlePath(lang));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/html\b/);
      expect(response.headers()['cache-control']).toBe('no-cache');
      expect(await response.text()).toMatch(new RegExp(`<html lang="${lang}">`));
    });

    test('carries the whole article in the markup, before any script runs', async ({ request }) => {
      const text = bodyText(await (await request.get(articlePath(lang))).text());
      expect(text).toContain(article.headline);
      expect(text).toContain(article.summary);
      expect(text).toContain(written[lang].date);
      for (const paragraph of textsOf(article, 'paragraph')) expect(text).toContain(paragraph);
      const quotes = textsOf(article, 'quote');
      expect(quotes).toHaveLength(3);
      for (const quote of quotes) expect(text).toContain(quote);
      for (const award of written[lang].awards) expect(text).toContain(award);
      expect(text).toContain(t.timeline.title);
      for (const event of timelineTexts(article)) expect(text).toContain(event);
    });

    test('gives a link preview in its own language', async ({ request }) => {
      const html = await (await request.get(articlePath(lang))).text();
      const { result } = await ogs({ html });
      expect(result.ogTitle).toBe(`${article.headline} — ${t.site.name}`);
      expect(result.ogDescription).toBe(article.summary);
      expect(result.ogLocale).toBe(written[lang].ogLocale);
      expect(result.ogType).toBe('article');
      expect(result.ogUrl).toBe(absolute(articlePath(lang)));
      expect(result.ogImage).toHaveLength(1);
      const [image] = result.ogImage!;
      expect(image!.url).toBe(absolute(`/cards/${SEED_ID}/${lang}.png`));
      // The scraper hands the sizes over as written in the markup.
      expect(Number(image!.width)).toBe(1200);
      expect(Number(image!.height)).toBe(630);
      expect(result.twitterCard).toBe('summary_large_image');
    });

    test('tells search engines its address, its other languages, its date and what it is', async ({ request }) => {
      const html = await (await request.get(articlePath(lang))).text();
      const links = tagsOf(html, 'link');
      expect(links.filter((link) => link.rel === 'canonical')).toEqual([{ rel: 'canonical', href: absolute(articlePath(lang)) }]);
      const alternates = links.filter((link) => link.rel === 'alternate' && link.hreflang);
      expect(alternates.map(({ hreflang, href }) => [hreflang, href])).toEqual([
        ['en', absolute(articlePath('en'))],
        ['kk', absolute(articlePath('kk'))],
        ['kk-Latn', absolute(articlePath('kk-Latn'))],
        ['ru', absolute(articlePath('ru'))],
        // Readers of none of these languages get the original, English.
        ['x-default', absolute(articlePath('en'))],
      ]);
      const published = tagsOf(html, 'meta').filter((meta) => meta.property === 'article:published_time');
      expect(published.map((meta) => meta.content)).toEqual([article.publishedAt]);

      const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
        (match) => JSON.parse(match[1]!) as Record<string, unknown>,
      );
      expect(jsonLd).toHaveLength(1);
      expect(jsonLd[0]).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: article.headline,
        inLanguage: lang,
        datePublished: article.publishedAt,
        url: absolute(articlePath(lang)),
      });
    });

    test('has a 1200×630 preview card', async ({ request }) => {
      const response = await request.get(`/cards/${SEED_ID}/${lang}.png`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
    });

    test('becomes interactive without complaints and without fetching what it already carries', async ({ page }) => {
      const complaints: string[] = [];
      page.on('console', (message) => {
        // Playwright's own stand-in for registering the service worker, which the tests block (playwright.config.ts).
        if (message.text() === 'Service Worker registration blocked by Playwright') return;
        if (message.type() === 'error' || message.type() === 'warning') complaints.push(`${message.type()}: ${message.text()}`);
      });
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));

      await page.goto(articlePath(lang));
      // eslint-disable-next-line playwright/no-networkidle -- every request the page makes is counted below
      await page.waitForLoadState('networkidle');
      // Interactive: the share links now point at the site the reader is on, which only the running app knows.
      const origin = new URL(page.url()).origin;
      const telegram = page.getByRole('link', { name: t.share.via.replace('{{network}}', 'Telegram') });
      await expect
        .poll(async () => new URL((await telegram.getAttribute('href')) ?? '', origin).searchParams.get('url'))
        .toBe(`${origin}${articlePath(lang)}`);

      expect(complaints).toEqual([]);
      expect(requested).not.toContain(`/articles/${SEED_ID}/${lang}.json`);
      expect(requested).not.toContain(`/data/articles/${SEED_ID}.json`);
      expect(requested).not.toContain('/entities.json');
    });
  });
}

test.describe('what search engines read about the whole site', () => {
  test('the sitemap index leads to the article in every language, each with its alternates', async ({ request }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.status()).toBe(200);
    // An index of parts, each on the site itself.
    const parts = [...(await index.text()).matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const entries: string[] = [];
    for (const part of parts) {
      expect(part.startsWith(`${SITE_URL}/`), part).toBe(true);
      const response = await request.get(part.slice(SITE_URL.length));
      expect(response.status(), part).toBe(200);
      entries.push(...[...(await response.text()).matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1]!));
    }
    for (const lang of LANGS) {
      const entry = entries.find((e) => e.includes(`<loc>${absolute(articlePath(lang))}</loc>`));
      expect(entry, `a <url> for ${articlePath(lang)}`).toBeDefined();
      const alternates = [...entry!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\s*\/>/g)].map(
        ([, hreflang, href]) => [hreflang, href],
      );
      expect(alternates).toEqual(LANGS.map((other) => [other, absolute(articlePath(other))]));
    }
  });

  test('robots.txt points to the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(new RegExp(`^Sitemap: ${SITE_URL}/sitemap\\.xml$`, 'm'));
  });
});

test.describe('addresses the server answers without a page of their own', () => {
  test('an unknown page is a real 404 with the English not-found page', async ({ request }) => {
    const response = await request.get('/en/no-such-page');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toMatch(/^text\/html\b/);
    expect(await response.text()).toContain(`<title>${en.status.notFoundTitle} — ${en.site.name}</title>`);
  });

  test('an unknown Kazakh article is a real 404 that says, in Kazakh, the article was not found', async ({ request }) => {
    const response = await request.get('/kk/articles/no-such-article');
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain(`<title>${kk.status.articleNotFoundTitle} — ${kk.site.name}</title>`);
  });

  test('an article address with a trailing slash moves permanently to the one without', async ({ request }) => {
    const response = await request.get(`/ru/articles/${SEED_ID}/`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers().location!, 'http://server.invalid').pathname).toBe(`/ru/articles/${SEED_ID}`);
  });

  test('a language without its slash moves permanently to its home page', async ({ request }) => {
    const response = await request.get('/en', { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(new URL(response.headers().location!, 'http://server.invalid').pathname).toBe('/en/');
  });

  test('hashed build output is cached for a year', async ({ request }) => {
    const html = await (await request.get(articlePath('en'))).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      const cacheControl = response.headers()['cache-control'];
      expect(cacheControl, asset).toContain('immutable');
      expect(cacheControl, asset).toContain('max-age=31536000');
    }
  });

  test('a stored part of a list is kept for good at its version; the head and an unversioned part are checked on each use', async ({
    request,
  }) => {
    const headResponse = await request.get('/data/latest/head.json');
    expect(headResponse.headers()['cache-control']).toBe('no-cache');
    const { versions } = (await headResponse.json()) as { versions: string[] };
    const part = await request.get(`/data/latest/0.json?v=${versions[0]}`);
    expect(part.status()).toBe(200);
    expect(part.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get('/data/latest/0.json')).headers()['cache-control']).toBe('no-cache');
  });
});
