// The feeds against the rules of their specifications, as the W3C feed validator applies them (Atom, RFC
// 4287) and as JSON Feed 1.1 states them, read with parsers from npm: fast-xml-parser (well-formed XML, every
// element and attribute) and feedsmith (as a feed reader reads them). Text must come out exactly as written.
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed } from 'feedsmith';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/schema.ts';
import { LANGS, type Lang } from '../../src/shared/languages.ts';
import { assertProperty } from '../../src/test/property.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { loadContent, type ArticleFile } from '../content/load.ts';
import { FEED_SIZE, feedDate, NOT_XML, feedFiles, renderAtom, renderJsonFeed, siteFeeds, type Feed } from './feeds.ts';

const SITE = 'https://reader.example';
const seedContent = loadContent(process.cwd());

const byId = (articles: Article[]): Map<string, ArticleFile[]> => {
  const out = new Map<string, ArticleFile[]>();
  for (const article of articles)
    out.set(article.id, [...(out.get(article.id) ?? []), { file: `articles/${article.id}/${article.lang}.json`, article }]);
  return out;
};
/** More articles than a feed holds, in one to three languages each, quoting and awarding fictional people. */
const corpus = generateCorpus({ count: FEED_SIZE + 12, seed: 7 });
const corpusArticles = byId(corpus.articles);

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references too (the feeds write a carriage return as one).
  htmlEntities: true,
  isArray: (name) => ['entry', 'link', 'author'].includes(name),
});

type XmlNode = Record<string, unknown>;
const node = (value: unknown): XmlNode => value as XmlNode;
/** An element's text (fast-xml-parser gives a string, or `#text` beside attributes). */
const text = (value: unknown): string => (typeof value === 'string' ? value : String(node(value)['#text'] ?? ''));
const links = (parent: XmlNode) => (parent.link as XmlNode[] | undefined) ?? [];

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const isAbsoluteUrl = (value: string) => /^https?:\/\/[^/]+\//.test(value) && URL.canParse(value);

/**
 * The checks the W3C feed validator makes of an Atom document (RFC 4287 §4): the one-of and at-most-one
 * elements of a feed and of each entry, RFC 3339 dates, absolute IRIs as ids, authors, and the links.
 * Returns the problems found.
 */
const atomProblems = (document: string, selfUrl: string): string[] => {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(document);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg} at line ${wellFormed.err.line}`];
  if (!document.startsWith('<?xml version="1.0" encoding="utf-8"?>')) problems.push('no XML declaration with the encoding');
  const feed = node(node(xml.parse(document)).feed);
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('the root is not an Atom feed');
  if (!LANGS.includes(feed['@xml:lang'] as Lang)) problems.push(`xml:lang ${String(feed['@xml:lang'])}`);
  const exactlyOne = (parent: XmlNode, name: string, where: string) => {
    if (parent[name] === undefined || Array.isArray(parent[name])) problems.push(`${where}: exactly one ${name}`);
  };
  const date = (parent: XmlNode, name: string, where: string) => {
    if (parent[name] !== undefined && !RFC_3339.test(text(parent[name]))) problems.push(`${where}: ${name} is not an RFC 3339 date-time`);
  };
  const alternatesUnique = (parent: XmlNode, where: string) => {
    const keys = links(parent)
      .filter((l) => (l['@rel'] ?? 'alternate') === 'alternate')
      .map((l) => `${String(l['@type'])} ${String(l['@hreflang'])}`);
    if (new Set(keys).size !== keys.length) problems.push(`${where}: two alternate links with the same type and hreflang`);
    for (const l of links(parent)) if (!isAbsoluteUrl(String(l['@href']))) problems.push(`${where}: link href ${String(l['@href'])}`);
  };
  for (const name of ['id', 'title', 'updated']) exactlyOne(feed, name, 'feed');
  date(feed, 'updated', 'feed');
  if (!isAbsoluteUrl(text(feed.id))) problems.push('feed: id is not an absolute IRI');
  const self = links(feed).filter((l) => l['@rel'] === 'self');
  if (self.length !== 1 || self[0]!['@href'] !== selfUrl) problems.push(`feed: one self link, to ${selfUrl}`);
  if (!links(feed).some((l) => l['@rel'] === 'alternate' && l['@type'] === 'text/html')) problems.push('feed: no alternate page');
  alternatesUnique(feed, 'feed');
  const feedAuthors = (feed.author as XmlNode[] | undefined) ?? [];
  for (const author of feedAuthors) exactlyOne(author, 'name', 'feed author');
  const entries = (feed.entry as XmlNode[] | undefined) ?? [];
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    for (const name of ['id', 'title', 'updated']) exactlyOne(entry, name, where);
    for (const name of ['published', 'summary']) if (Array.isArray(entry[name])) problems.push(`${where}: more than one ${name}`);
    for (const name of ['published', 'updated']) date(entry, name, where);
    if (!isAbsoluteUrl(text(entry.id))) problems.push(`${where}: id is not an absolute IRI`);
    if (ids.has(text(entry.id))) problems.push(`${where}: the id of another entry`);
    ids.add(text(entry.id));
    // Without content, an entry needs an alternate link (§4.1.1.1) and a summary is advised (§4.1.1.2).
    if (!links(entry).some((l) => l['@rel'] === 'alternate')) problems.push(`${where}: no alternate link`);
    if (entry.summary === undefined) problems.push(`${where}: no summary`);
    alternatesUnique(entry, where);
    const authors = (entry.author as XmlNode[] | undefined) ?? [];
    if (authors.length === 0 && feedAuthors.length === 0) problems.push(`${where}: no author, and the feed has none`);
    for (const author of authors) exactlyOne(author, 'name', `${where} author`);
    if (Date.parse(text(entry.updated)) > Date.parse(text(feed.updated))) problems.push(`${where}: updated after the feed`);
    const thumbnail = node(entry['media:thumbnail']);
    if (!isAbsoluteUrl(String(thumbnail['@url']))) problems.push(`${where}: the card image's address`);
    for (const [name, value] of Object.entries(entry))
      if (
        typeof value === 'object' &&
        value !== null &&
        '@type' in value &&
        !['text', 'html', 'xhtml'].includes(String(node(value)['@type']))
      )
        problems.push(`${where}: ${name} of type ${String(node(value)['@type'])}`);
  });
  return problems;
};

/** JSON Feed 1.1 (jsonfeed.org/version/1.1): what a feed and each item must and may hold. */
const Url = v.pipe(v.string(), v.check(isAbsoluteUrl, 'an absolute URL'));
const Date3339 = v.pipe(v.string(), v.regex(RFC_3339, 'an RFC 3339 date-time'));
const Author = v.pipe(
  v.object({ name: v.optional(v.string()), url: v.optional(Url), avatar: v.optional(Url) }),
  v.check(
    (author) => author.name !== undefined || author.url !== undefined || author.avatar !== undefined,
    'an author with something in it',
  ),
);
const JsonFeedSchema = v.strictObject({
  version: v.literal('https://jsonfeed.org/version/1.1'),
  title: v.pipe(v.string(), v.minLength(1)),
  home_page_url: Url,
  feed_url: Url,
  description: v.string(),
  language: v.picklist(LANGS),
  authors: v.pipe(v.array(Author), v.minLength(1)),
  items: v.array(
    v.pipe(
      v.strictObject({
        id: v.pipe(v.string(), v.minLength(1)),
        url: Url,
        title: v.string(),
        content_text: v.optional(v.string()),
        content_html: v.optional(v.string()),
        summary: v.string(),
        image: Url,
        date_published: Date3339,
        date_modified: Date3339,
        authors: v.array(Author),
        language: v.picklist(LANGS),
      }),
      v.check((item) => item.content_text !== undefined || item.content_html !== undefined, 'content_text or content_html'),
    ),
  ),
});

const jsonFeedProblems = (document: string, selfUrl: string): string[] => {
  const parsed = v.safeParse(JsonFeedSchema, JSON.parse(document));
  if (!parsed.success) return parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(feed)'}: ${issue.message}`);
  const problems = parsed.output.feed_url === selfUrl ? [] : [`feed_url ${parsed.output.feed_url}, not ${selfUrl}`];
  const ids = parsed.output.items.map((item) => item.id);
  if (new Set(ids).size !== ids.length) problems.push('two items with the same id');
  return problems;
};

describe.each([
  ['the seed content', seedContent.articles, seedContent.entities],
  ['a generated corpus larger than a feed', corpusArticles, corpus.entities],
])('the feeds of %s', (_, articles, entities) => {
  const files = feedFiles(articles, entities, SITE);
  const feeds = siteFeeds(articles, entities);

  it('are one per language and one per person in each language, in both formats', () => {
    const people = feeds.filter((feed) => feed.pagePath.includes('/people/'));
    expect(feeds.length - people.length).toBe(LANGS.length);
    expect(people.length % LANGS.length).toBe(0);
    expect(people.length).toBeGreaterThan(0);
    expect(files.size).toBe(feeds.length * 2);
    for (const lang of LANGS) expect([...files.keys()]).toEqual(expect.arrayContaining([`${lang}/feed.xml`, `${lang}/feed.json`]));
  });

  it('hold the latest articles, newest first, at most 50', () => {
    for (const feed of feeds) {
      expect(feed.entries.length).toBeGreaterThan(0);
      expect(feed.entries.length).toBeLessThanOrEqual(FEED_SIZE);
      const times = feed.entries.map((entry) => Date.parse(entry.published));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
    const latest = feeds.find((feed) => feed.pagePath === '/en/')!;
    expect(latest.entries).toHaveLength(Math.min(FEED_SIZE, articles.size));
  });

  it('are valid Atom, by the rules of RFC 4287', () => {
    for (const feed of feeds)
      expect(atomProblems(files.get(feed.feedPath('atom').slice(1))!, `${SITE}${feed.feedPath('atom')}`)).toEqual([]);
  });

  it('are valid JSON Feed 1.1', () => {
    for (const feed of feeds)
      expect(jsonFeedProblems(files.get(feed.feedPath('json').slice(1))!, `${SITE}${feed.feedPath('json')}`)).toEqual([]);
  });

  it('read, in a feed reader, with the text of the article version each language shows, as written', () => {
    for (const feed of feeds) {
      const atom = parseAtomFeed(files.get(feed.feedPath('atom').slice(1))!);
      const json = parseJsonFeed(JSON.parse(files.get(feed.feedPath('json').slice(1))!));
      expect(atom.title?.value).toBe(feed.title);
      expect(json.title).toBe(feed.title);
      expect(atom.entries?.map((entry) => entry.title?.value)).toEqual(feed.entries.map((entry) => entry.title));
      expect(json.items?.map((item) => item.title)).toEqual(feed.entries.map((entry) => entry.title));
      expect(json.items?.map((item) => item.summary)).toEqual(feed.entries.map((entry) => entry.summary));
      for (const entry of feed.entries) {
        const versions = articles.get(entry.id)!.map(({ article }) => article);
        const shown = versions.find((version) => version.lang === feed.lang) ?? versions.find((version) => !version.translatedFrom)!;
        expect(entry).toMatchObject({
          lang: shown.lang,
          title: shown.headline,
          summary: shown.summary,
          path: `/${feed.lang}/articles/${entry.id}`,
        });
      }
    }
  });
});

describe('the seed feeds', () => {
  const files = feedFiles(seedContent.articles, seedContent.entities, SITE);

  it('write Kazakh and Russian as themselves, escaped once', () => {
    const kk = files.get('kk/feed.xml')!;
    expect(kk).toContain('<title>Соңғы мақалалар — Жаңалықтар таспасы</title>');
    expect(kk).toContain('«Құрмет» орденімен');
    expect(files.get('ru/feed.json')).toContain('орденом «Достық» II степени');
    for (const file of files.values()) expect(file).not.toMatch(/&amp;(?:amp|lt|gt|quot|#\d+);|&#\d+;|\\u04/);
  });

  it('link each person feed to the person page, with the person named in the language', () => {
    const atom = node(node(xml.parse(files.get('ru/people/kassym-jomart-tokayev/feed.xml')!)).feed);
    expect(text(atom.title)).toBe('Касым-Жомарт Токаев — Новостная лента');
    expect(links(atom).find((l) => l['@rel'] === 'alternate')?.['@href']).toBe(`${SITE}/ru/people/kassym-jomart-tokayev`);
  });
});

describe('feedDate', () => {
  it.each([
    ['2023-04-27', '2023-04-27T00:00:00Z'],
    ['2023-04-27T11:00:00+05:00', '2023-04-27T11:00:00+05:00'],
    ['2024-03-01T09:30:00+06:00', '2024-03-01T09:30:00+06:00'],
  ])('writes %s as %s', (date, expected) => expect(feedDate(date)).toBe(expected));
});

describe('text in a feed, under generated input', () => {
  // What XML 1.0 cannot carry at all becomes U+FFFD; everything else must come back exactly.
  const feedWith = (title: string, summary: string): Feed => ({
    lang: 'kk',
    title,
    description: summary,
    pagePath: '/kk/',
    feedPath: (format) => `/kk/feed.${format === 'atom' ? 'xml' : 'json'}`,
    siteName: title,
    entries: [
      {
        id: 'a',
        path: '/kk/articles/a',
        lang: 'ru',
        title,
        summary,
        published: '2023-04-27T00:00:00Z',
        updated: '2023-04-27T00:00:00Z',
        author: { name: title },
        image: { path: '/cards/a/kk.png', width: 1200, height: 630 },
      },
    ],
  });
  const special = fc.constantFrom(
    '&',
    '<',
    '>',
    '"',
    "'",
    ']]>',
    '&amp;',
    'Құрмет',
    'ё',
    '\u2028',
    '\r\n',
    '\t',
    '\u0001',
    '\uD800',
    '\uDC00',
    '\uFFFE',
  );
  const anyText = fc.string({ unit: fc.oneof(special, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1 });

  it('comes out of the Atom feed as it went in, and the feed stays well-formed', () => {
    assertProperty(
      fc.property(anyText, anyText, (title, summary) => {
        const document = renderAtom(feedWith(title, summary), SITE);
        expect(XMLValidator.validate(document)).toBe(true);
        const entry = node((node(node(xml.parse(document)).feed).entry as XmlNode[])[0]);
        expect(text(entry.title)).toBe(title.replace(NOT_XML, '\uFFFD'));
        expect(text(entry.summary)).toBe(summary.replace(NOT_XML, '\uFFFD'));
      }),
      { runs: 200 },
    );
  });

  it('comes out of the JSON feed as it went in', () => {
    assertProperty(
      fc.property(anyText, anyText, (title, summary) => {
        const item = (JSON.parse(renderJsonFeed(feedWith(title, summary), SITE)) as { items: { title: string; summary: string }[] })
          .items[0]!;
        expect(item).toMatchObject({ title, summary });
      }),
      { runs: 200 },
    );
  });
});
