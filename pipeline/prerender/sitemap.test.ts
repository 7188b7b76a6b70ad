import { describe, expect, it } from 'vitest';
import { renderRobots, renderSitemap, type SitemapEntry } from './sitemap.ts';

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

describe('renderRobots', () => {
  it.each([SITE, `${SITE}/`])('allows everything and points to the sitemap of %s', (siteUrl) => {
    expect(renderRobots(siteUrl)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://reader.example/sitemap.xml\n');
  });
});
