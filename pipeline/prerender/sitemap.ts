// sitemap.xml with every page and its language alternates, and robots.txt that points to it.
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

export const renderRobots = (siteUrl: string): string => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, '/sitemap.xml')}\n`;
