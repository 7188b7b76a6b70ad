// The site's feeds, made from the content as the build loaded it: the latest articles in each interface
// language, and the latest articles that quote or award each person, as Atom (RFC 4287) and JSON Feed 1.1.
// Each entry is the version a reader of the feed's language is shown on the site (their own, else the
// original), at its address in that language. Text goes in as written: escaped once for XML, never for JSON.
import type { Entities } from '../../src/content/schema.ts';
import { CARD, cardPath } from '../../src/app/page-head.ts';
import { pickVersion } from '../../src/features/articles/model/pick-version.ts';
import { personMeta } from '../../src/features/people/model/person-meta.ts';
import { absoluteUrl, pageTitle } from '../../src/shared/config/site.ts';
import { i18nFor } from '../../src/shared/i18n/i18n.ts';
import { LANGS, type Lang } from '../../src/shared/languages.ts';
import { FEED_FORMAT_NAMES, paths, type FeedFormat } from '../../src/shared/paths.ts';
import { articleEntries, indexedArticles, type IndexedArticle } from '../content/indexes.ts';
import type { ArticleFile } from '../content/load.ts';

/** Entries in each feed: the latest articles. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  id: string;
  /** The article's address in the feed's language. */
  path: string;
  /** The language of the version shown. */
  lang: Lang;
  title: string;
  summary: string;
  /** RFC 3339 date-times. */
  published: string;
  updated: string;
  author: { name: string; url?: string };
  image: { path: string; width: number; height: number };
}

export interface Feed {
  lang: Lang;
  title: string;
  description: string;
  /** The page the feed follows (the home page, a person's page). */
  pagePath: string;
  feedPath: (format: FeedFormat) => string;
  siteName: string;
  entries: FeedEntry[];
}

/** A date alone is the start of its day in UTC (as the site orders articles); a date-time keeps its own offset. */
export const feedDate = (iso: string): string => (iso.length === 10 ? `${iso}T00:00:00Z` : iso);

const entryOf = ({ source, versions }: IndexedArticle, lang: Lang): FeedEntry => {
  const shown = pickVersion({ versions: versions.map((version) => version.lang), original: source.original }, lang);
  const article = versions.find((version) => version.lang === shown)!;
  return {
    id: article.id,
    path: paths.article(lang, article.id),
    lang: article.lang,
    title: article.headline,
    summary: article.summary,
    published: feedDate(source.publishedAt),
    updated: feedDate(article.updatedAt ?? source.publishedAt),
    author: article.source ? { name: article.source.name, url: article.source.url } : { name: i18nFor(lang).t('site.name') },
    image: { path: cardPath(article.id, lang), ...CARD },
  };
};

/** Every feed the site has: one per language, and one per person quoted or awarded, per language. */
export const siteFeeds = (articles: Map<string, ArticleFile[]>, entities: Entities): Feed[] => {
  const newestFirst = indexedArticles(articles);
  const byPerson = new Map<string, IndexedArticle[]>();
  for (const article of newestFirst)
    for (const person of articleEntries(article, entities).people) {
      const list = byPerson.get(person) ?? [];
      if (list.length < FEED_SIZE) byPerson.set(person, [...list, article]);
    }
  return LANGS.flatMap((lang) => {
    const { t } = i18nFor(lang);
    const siteName = t('site.name');
    const latest: Feed = {
      lang,
      title: pageTitle(t('home.title'), siteName),
      description: t('site.description'),
      pagePath: paths.home(lang),
      feedPath: (format) => paths.feed(lang, format),
      siteName,
      entries: newestFirst.slice(0, FEED_SIZE).map((article) => entryOf(article, lang)),
    };
    const people = [...byPerson]
      .filter(([id]) => Object.hasOwn(entities.people, id))
      .map(([id, list]): Feed => {
        const meta = personMeta(id, entities, lang, t);
        return {
          lang,
          title: pageTitle(meta.title, siteName),
          description: meta.description,
          pagePath: paths.person(lang, id),
          feedPath: (format) => paths.personFeed(lang, id, format),
          siteName,
          entries: list.map((article) => entryOf(article, lang)),
        };
      });
    return [latest, ...people];
  });
};

/** The feed's own time: its newest change; a feed with no entries has never changed. */
const feedUpdated = (feed: Feed): string =>
  feed.entries.reduce((newest, entry) => (Date.parse(entry.updated) > Date.parse(newest) ? entry.updated : newest), '1970-01-01T00:00:00Z');

/** What XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF. */
export const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A carriage return is written as a reference, or a parser would read it as a line feed (XML's end-of-line rule).
const xmlText = (value: string): string =>
  value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
// In an attribute, tabs and line breaks would be read as spaces.
const xmlAttribute = (value: string): string => xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;');

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${xmlText(text)}</${name}>`;
const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([key, value]) => ` ${key}="${xmlAttribute(String(value))}"`)
    .join('');
const author = ({ name, url }: FeedEntry['author']) => `<author>${element('name', name)}${url ? element('uri', url) : ''}</author>`;

/** The feed as Atom: text constructs are `type="text"` (the default), each escaped once. */
export const renderAtom = (feed: Feed, siteUrl: string): string => {
  const url = (path: string) => absoluteUrl(siteUrl, path);
  const entries = feed.entries.map((entry) =>
    [
      `  <entry${entry.lang === feed.lang ? '' : attributes({ 'xml:lang': entry.lang })}>`,
      `    ${element('id', url(entry.path))}`,
      `    ${element('title', entry.title)}`,
      `    ${element('summary', entry.summary)}`,
      `    ${element('published', entry.published)}`,
      `    ${element('updated', entry.updated)}`,
      `    ${author(entry.author)}`,
      `    <link${attributes({ rel: 'alternate', type: 'text/html', hreflang: entry.lang, href: url(entry.path) })}/>`,
      `    <media:thumbnail${attributes({ url: url(entry.image.path), width: entry.image.width, height: entry.image.height })}/>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"${attributes({ 'xml:lang': feed.lang })}>`,
    `  ${element('id', url(feed.pagePath))}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.description)}`,
    `  ${element('updated', feedUpdated(feed))}`,
    `  <author>${element('name', feed.siteName)}${element('uri', url(feed.pagePath))}</author>`,
    `  <link${attributes({ rel: 'self', type: 'application/atom+xml', href: url(feed.feedPath('atom')) })}/>`,
    `  <link${attributes({ rel: 'alternate', type: 'text/html', hreflang: feed.lang, href: url(feed.pagePath) })}/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
};

/** The feed as JSON Feed 1.1 (the summary is the item's text: the format asks for content of some kind). */
export const renderJsonFeed = (feed: Feed, siteUrl: string): string => {
  const url = (path: string) => absoluteUrl(siteUrl, path);
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: url(feed.pagePath),
      feed_url: url(feed.feedPath('json')),
      description: feed.description,
      language: feed.lang,
      authors: [{ name: feed.siteName, url: url(feed.pagePath) }],
      items: feed.entries.map((entry) => ({
        id: url(entry.path),
        url: url(entry.path),
        title: entry.title,
        content_text: entry.summary,
        summary: entry.summary,
        image: url(entry.image.path),
        date_published: entry.published,
        date_modified: entry.updated,
        authors: [entry.author.url ? { name: entry.author.name, url: entry.author.url } : { name: entry.author.name }],
        language: entry.lang,
      })),
    },
    null,
    2,
  )}\n`;
};

const RENDER: Record<FeedFormat, (feed: Feed, siteUrl: string) => string> = { atom: renderAtom, json: renderJsonFeed };

/** Every feed file, by its path under the site root (without the leading slash). */
export const feedFiles = (articles: Map<string, ArticleFile[]>, entities: Entities, siteUrl: string): Map<string, string> =>
  new Map(
    siteFeeds(articles, entities).flatMap((feed) =>
      FEED_FORMAT_NAMES.map((format) => [feed.feedPath(format).slice(1), RENDER[format](feed, siteUrl)] as const),
    ),
  );
