import { describe, expect, it } from 'vitest';
import { renderRobots, renderSitemap, sitemapFiles, type SitemapEntry } from './sitemap.ts';

const SITE = 'https://reader.example';

const HOME: SitemapEntry = {
  path: '/en/',
  alternates: [
    { lang: 'en', path: '/en/' },
    { lang: 'kk', path: '/kk/' },
    { lang: 'ru', path: '/ru/' },
  ],
};
const ARTICLE: SitemapEntry = {
  path: '/kk/articles/a',
  lastModified: '2023-04-27',
  alternates: [
    { lang: 'en', path: '/en/articles/a' },
    { lang: 'kk', path: '/kk/articles/a' },
  ],
};

const urls = (xml: string) => [...xml.matchAll(/ {2}<url>\n([\s\S]*?)\n {2}<\/url>/g)].map((m) => m[1]!.split('\n').map((l) => l.trim()));

describe('renderSitemap', () => {
  it('writes one <url> per entry with its address, last change and language alternates', () => {
    const xml = renderSitemap([HOME, ARTICLE], SITE);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">');
    expect(xml.endsWith('</urlset>\n')).toBe(true);
    expect(urls(xml)).toEqual([
      [
        '<loc>https://reader.example/en/</loc>',
        '<xhtml:link rel="alternate" hreflang="en" href="https://reader.example/en/"/>',
        '<xhtml:link rel="alternate" hreflang="kk" href="https://reader.example/kk/"/>',
        '<xhtml:link rel="alternate" hreflang="ru" href="https://reader.example/ru/"/>',
      ],
      [
        '<loc>https://reader.example/kk/articles/a</loc>',
        '<lastmod>2023-04-27</lastmod>',
        '<xhtml:link rel="alternate" hreflang="en" href="https://reader.example/en/articles/a"/>',
        '<xhtml:link rel="alternate" hreflang="kk" href="https://reader.example/kk/articles/a"/>',
      ],
    ]);
  });

  it.each([
    ['without a trailing slash', SITE],
    ['with a trailing slash', `${SITE}/`],
  ])('writes the same addresses for a site URL %s', (_, siteUrl) => {
    expect(renderSitemap([HOME, ARTICLE], siteUrl)).toBe(renderSitemap([HOME, ARTICLE], SITE));
  });

  it('writes a valid empty urlset when there are no pages', () => {
    expect(urls(renderSitemap([], SITE))).toEqual([]);
    expect(renderSitemap([], SITE)).toContain('<urlset ');
  });

  it.each<[string, SitemapEntry, string[]]>([
    [
      'an address with & and quotes',
      { path: '/en/?a=1&b="2"', alternates: [{ lang: 'en', path: '/en/?a=1&b="2"' }] },
      [
        '<loc>https://reader.example/en/?a=1&amp;b=&quot;2&quot;</loc>',
        '<xhtml:link rel="alternate" hreflang="en" href="https://reader.example/en/?a=1&amp;b=&quot;2&quot;"/>',
      ],
    ],
    ['an address with < and >', { path: '/en/<x>', alternates: [] }, ['<loc>https://reader.example/en/&lt;x&gt;</loc>']],
    [
      'a last change with an offset',
      { path: '/en/', lastModified: '2023-04-27T11:00:00+05:00', alternates: [] },
      ['<loc>https://reader.example/en/</loc>', '<lastmod>2023-04-27T11:00:00+05:00</lastmod>'],
    ],
  ])('escapes %s', (_, entry, expected) => {
    expect(urls(renderSitemap([entry], SITE))).toEqual([expected]);
  });
});

describe('sitemapFiles', () => {
  const article = (n: number): SitemapEntry[] => ['en', 'ru'].map((lang) => ({ path: `/${lang}/articles/a${n}`, alternates: [] }));
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(SITE, ''));

  it('lists in an index the part of the other pages and the articles in parts of a fixed number from the oldest', () => {
    const files = sitemapFiles([HOME], [1, 2, 3, 4, 5].map(article), SITE, 2);
    expect([...files.keys()]).toEqual([
      'sitemaps/pages.xml',
      'sitemaps/articles-0.xml',
      'sitemaps/articles-1.xml',
      'sitemaps/articles-2.xml',
      'sitemap.xml',
    ]);
    const index = files.get('sitemap.xml')!;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index)).toEqual([
      '/sitemaps/pages.xml',
      '/sitemaps/articles-0.xml',
      '/sitemaps/articles-1.xml',
      '/sitemaps/articles-2.xml',
    ]);
    expect(locs(files.get('sitemaps/pages.xml')!)).toEqual(['/en/']);
    expect(locs(files.get('sitemaps/articles-1.xml')!)).toEqual([
      '/en/articles/a3',
      '/ru/articles/a3',
      '/en/articles/a4',
      '/ru/articles/a4',
    ]);
  });

  it('changes, when an article is added, only the last part, and the index only when a part is opened', () => {
    const before = sitemapFiles([HOME], [1, 2, 3].map(article), SITE, 2);
    const after = sitemapFiles([HOME], [1, 2, 3, 4].map(article), SITE, 2);
    const changed = (a: Map<string, string>, b: Map<string, string>) => [...b.keys()].filter((path) => a.get(path) !== b.get(path));
    expect(changed(before, after)).toEqual(['sitemaps/articles-1.xml']);
    const opened = sitemapFiles([HOME], [1, 2, 3, 4, 5].map(article), SITE, 2);
    expect(changed(after, opened)).toEqual(['sitemaps/articles-2.xml', 'sitemap.xml']);
  });

  it('has the part of the other pages alone when there are no articles', () => {
    expect([...sitemapFiles([HOME], [], SITE).keys()]).toEqual(['sitemaps/pages.xml', 'sitemap.xml']);
  });
});

describe('renderRobots', () => {
  it.each([SITE, `${SITE}/`])('allows everything and points to the sitemap of %s', (siteUrl) => {
    expect(renderRobots(siteUrl)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://reader.example/sitemap.xml\n');
  });
});
