// What a page says about itself in its <head>, in the page's language: the builders the page table
// (pages.ts) gives each kind of page. The HTML is written by the prerender (pipeline/prerender/head.ts).
import type { ParseKeys, TFunction } from 'i18next';
import type { Article, ArticleVersions, Entities } from '../content/schema';
import { personMeta } from '../features/people/model/person-meta';
import { absoluteUrl, pageTitle } from '../shared/config/site';
import { formatDate } from '../shared/format/format-date';
import { i18nFor } from '../shared/i18n/i18n';
import { LANGS, type Lang } from '../shared/languages';
import { FEED_FORMAT_NAMES, FEED_FORMATS, paths, type FeedFormat } from '../shared/paths';

export interface HeadInput {
  lang: Lang;
  /** The full title, `Page — Site`. */
  title: string;
  description: string;
  siteName: string;
  siteUrl: string;
  /** The page's own address, a path; null for a page that has none of its own (not found). */
  path: string | null;
  /** The same page in each language it exists in (including this one). */
  alternates: { lang: Lang; path: string }[];
  /** The version for readers whose language is none of these. */
  xDefault?: string;
  type: 'website' | 'article';
  image?: { path: string; width: number; height: number; alt: string };
  publishedTime?: string;
  modifiedTime?: string;
  jsonLd?: Record<string, unknown>;
  noindex?: boolean;
  /** The feeds a feed reader finds on the page (`<link rel="alternate">`): the page's own first, then the site's. */
  feeds: FeedLink[];
}

export interface FeedLink {
  format: FeedFormat;
  title: string;
  path: string;
}

/** A page's title and description as interface strings (`Page`, without the site name). */
export interface PageText {
  title: ParseKeys;
  description: ParseKeys;
}

/** The page's words in the interface language of `t`. */
export const translateText = (text: PageText, t: TFunction): { title: string; description: string } => ({
  title: t(text.title),
  description: t(text.description),
});

export const CARD = { width: 1200, height: 630 } as const;
export const cardPath = (id: string, lang: Lang) => `/cards/${id}/${lang}.png`;

const site = (lang: Lang) => i18nFor(lang).t('site.name');

/** A feed in each format, titled like a page (`Latest articles — News Reader (Atom)`). */
const feedLinks = (title: string, pathOf: (format: FeedFormat) => string): FeedLink[] =>
  FEED_FORMAT_NAMES.map((format) => ({ format, title: `${title} (${FEED_FORMATS[format].name})`, path: pathOf(format) }));

/** The site's feed of the latest articles in an interface language: linked from every page in it. */
export const siteFeeds = (lang: Lang): FeedLink[] =>
  feedLinks(pageTitle(i18nFor(lang).t('home.title'), site(lang)), (format) => paths.feed(lang, format));

/** What every head says: the page's language, its title under the site's name, its description. */
const words = (lang: Lang, siteUrl: string, { title, description }: { title: string; description: string }) => ({
  lang,
  title: pageTitle(title, site(lang)),
  description,
  siteName: site(lang),
  siteUrl,
  feeds: siteFeeds(lang),
});

/** A page at one address in each language, `en` for readers of any other. */
const inEveryLanguage = (
  lang: Lang,
  siteUrl: string,
  text: { title: string; description: string },
  pathIn: (lang: Lang) => string,
): HeadInput => ({
  ...words(lang, siteUrl, text),
  path: pathIn(lang),
  alternates: LANGS.map((l) => ({ lang: l, path: pathIn(l) })),
  xDefault: pathIn('en'),
  type: 'website',
});

/** A page whose words are interface strings, at one address in each language (home, quotes, awards…). */
export const textHead = (lang: Lang, siteUrl: string, text: PageText, pathIn: (lang: Lang) => string): HeadInput =>
  inEveryLanguage(lang, siteUrl, translateText(text, i18nFor(lang).t), pathIn);

/** `/`: the English home page under the site name, at `/` and with `/` as x-default. */
export const rootHead = (siteUrl: string, homeText: PageText): HeadInput => ({
  ...textHead('en', siteUrl, homeText, paths.home),
  title: site('en'),
  path: paths.root(),
  xDefault: paths.root(),
});

/** A person's page: their name (in the page's language) as the title, in every language. */
export const personHead = (lang: Lang, id: string, entities: Entities, siteUrl: string): HeadInput => {
  const meta = personMeta(id, entities, lang, i18nFor(lang).t);
  const head = inEveryLanguage(lang, siteUrl, meta, (l) => paths.person(l, id));
  return { ...head, feeds: [...feedLinks(head.title, (format) => paths.personFeed(lang, id, format)), ...head.feeds] };
};

/** A not-found document: not indexed, without an address of its own. */
export const notFoundHead = (lang: Lang, text: PageText, siteUrl: string): HeadInput => ({
  ...words(lang, siteUrl, translateText(text, i18nFor(lang).t)),
  path: null,
  alternates: [],
  type: 'website',
  noindex: true,
});

/** An article page in an interface language; `article` is the version that page shows. */
export const articleHead = (
  lang: Lang,
  article: Article,
  versions: Pick<ArticleVersions, 'versions' | 'original'>,
  siteUrl: string,
): HeadInput => {
  const path = paths.article(lang, article.id);
  const image = cardPath(article.id, lang);
  const url = (p: string) => absoluteUrl(siteUrl, p);
  return {
    ...words(lang, siteUrl, { title: article.headline, description: article.summary }),
    path,
    // Alternates are the pages whose text is in their own language.
    alternates: versions.versions.map((version) => ({ lang: version, path: paths.article(version, article.id) })),
    xDefault: paths.article(versions.original, article.id),
    type: 'article',
    image: { path: image, ...CARD, alt: `${article.headline} — ${formatDate(article.publishedAt, lang)}` },
    publishedTime: article.publishedAt,
    ...(article.updatedAt ? { modifiedTime: article.updatedAt } : {}),
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      description: article.summary,
      inLanguage: article.lang,
      datePublished: article.publishedAt,
      ...(article.updatedAt ? { dateModified: article.updatedAt } : {}),
      image: [url(image)],
      url: url(path),
      mainEntityOfPage: url(path),
      publisher: { '@type': 'Organization', name: site(lang) },
      ...(article.source ? { isBasedOn: article.source.url } : {}),
    },
  };
};
