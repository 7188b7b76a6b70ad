// The sitemap: every page with its language alternates, in parts listed by a sitemap index at
// sitemap.xml, and robots.txt that points to it. Articles are in parts of a fixed number from the oldest,
// so a new article changes only the last part (and the index, when it opens a new one); the pages that
// are not articles (home, lists, people) are in a part of their own.
import type { Lang } from '../../src/shared/languages.ts';
import { absoluteUrl } from './head.ts';

export interface SitemapEntry {
  path: string;
  lastModified?: string;
  alternates: { lang: Lang; path: string }[];
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const renderSitemap = (entries: SitemapEntry[], siteUrl: string): string => {
  const url = (path: string) => escapeXml(absoluteUrl(siteUrl, path));
  const items = entries.map((entry) =>
    [
      '  <url>',
      `    <loc>${url(entry.path)}</loc>`,
      ...(entry.lastModified ? [`    <lastmod>${escapeXml(entry.lastModified)}</lastmod>`] : []),
      ...entry.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.lang}" href="${url(a.path)}"/>`),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...items,
    '</urlset>',
    '',
  ].join('\n');
};

/**
 * Articles in one part of the sitemap: a part may list 50,000 addresses, an article has one per language;
 * a small part is a small file to upload again when an article is added.
 */
export const SITEMAP_ARTICLES_PER_PART = 500;

/** Where the parts are, under the site root. */
export const sitemapPartPath = (name: string): string => `sitemaps/${name}.xml`;

export const renderSitemapIndex = (paths: readonly string[], siteUrl: string): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `  <sitemap>\n    <loc>${escapeXml(absoluteUrl(siteUrl, `/${path}`))}</loc>\n  </sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');

/**
 * The sitemap's files by path: the index (`sitemap.xml`), the part of the pages that are not articles,
 * and the articles' parts; `articles` holds each article's pages, oldest article first.
 */
export const sitemapFiles = (
  pages: SitemapEntry[],
  articles: readonly SitemapEntry[][],
  siteUrl: string,
  perPart = SITEMAP_ARTICLES_PER_PART,
): Map<string, string> => {
  const files = new Map<string, string>([[sitemapPartPath('pages'), renderSitemap(pages, siteUrl)]]);
  for (let first = 0; first < articles.length; first += perPart)
    files.set(sitemapPartPath(`articles-${first / perPart}`), renderSitemap(articles.slice(first, first + perPart).flat(), siteUrl));
  files.set('sitemap.xml', renderSitemapIndex([...files.keys()], siteUrl));
  return files;
};

export const renderRobots = (siteUrl: string): string => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, '/sitemap.xml')}\n`;
