// The <head> of a prerendered page: what browsers, search engines and link-preview bots read first.
import type { HeadInput } from '../../src/app/page-head.ts';
import { absoluteUrl } from '../../src/shared/config/site.ts';
import { language } from '../../src/shared/languages.ts';
import { FEED_FORMATS } from '../../src/shared/paths.ts';

const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// The canonical address the page prints is built the same way (src/shared/config/site.ts).
export { absoluteUrl };

const meta = (attribute: 'name' | 'property', key: string, content: string) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
const link = (attributes: Record<string, string>) =>
  `<link ${Object.entries(attributes)
    .map(([key, value]) => `${key}="${escapeHtml(value)}"`)
    .join(' ')} />`;

/** JSON inside a script element must not be able to close it. */
const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export const renderHead = (input: HeadInput): string => {
  const url = (path: string) => absoluteUrl(input.siteUrl, path);
  const tags = [
    `<title>${escapeHtml(input.title)}</title>`,
    meta('name', 'description', input.description),
    input.path ? link({ rel: 'canonical', href: url(input.path) }) : '',
    ...input.alternates.map((alternate) => link({ rel: 'alternate', hreflang: alternate.lang, href: url(alternate.path) })),
    ...(input.xDefault ? [link({ rel: 'alternate', hreflang: 'x-default', href: url(input.xDefault) })] : []),
    ...input.feeds.map((feed) => link({ rel: 'alternate', type: FEED_FORMATS[feed.format].type, title: feed.title, href: url(feed.path) })),
    input.noindex ? meta('name', 'robots', 'noindex') : '',
    meta('property', 'og:site_name', input.siteName),
    meta('property', 'og:type', input.type),
    meta('property', 'og:title', input.title),
    meta('property', 'og:description', input.description),
    input.path ? meta('property', 'og:url', url(input.path)) : '',
    meta('property', 'og:locale', language(input.lang).ogLocale),
    // Open Graph locales have no script: kk and kk-Latn are both kk_KZ, named once and never as an alternate of itself.
    ...[...new Set(input.alternates.map((a) => language(a.lang).ogLocale))]
      .filter((locale) => locale !== language(input.lang).ogLocale)
      .map((locale) => meta('property', 'og:locale:alternate', locale)),
  ];
  if (input.image) {
    tags.push(
      meta('property', 'og:image', url(input.image.path)),
      meta('property', 'og:image:type', 'image/png'),
      meta('property', 'og:image:width', String(input.image.width)),
      meta('property', 'og:image:height', String(input.image.height)),
      meta('property', 'og:image:alt', input.image.alt),
      // X reads title, description and image from Open Graph; only the card type is its own.
      meta('name', 'twitter:card', 'summary_large_image'),
    );
  } else tags.push(meta('name', 'twitter:card', 'summary'));
  if (input.publishedTime) tags.push(meta('property', 'article:published_time', input.publishedTime));
  if (input.modifiedTime) tags.push(meta('property', 'article:modified_time', input.modifiedTime));
  return tags.filter(Boolean).join('\n    ');
};

/**
 * Structured data goes at the end of <body>: search engines read it anywhere, and in <head> it would
 * push the headline and first paragraph out of the first 14 KB.
 */
export const renderJsonLd = (input: Pick<HeadInput, 'jsonLd'>): string =>
  input.jsonLd ? `<script type="application/ld+json">${jsonForScript(input.jsonLd)}</script>` : '';
