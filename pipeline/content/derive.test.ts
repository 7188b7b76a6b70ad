import { dataFiles } from '../../src/content/data-files.ts';
import { describe, expect, it } from 'vitest';
import { type Article, type Entities } from '../../src/content/schema.ts';
import { type Lang } from '../../src/shared/languages.ts';
import { pageCountOf } from '../../src/content/paged-list.ts';
import { articleNeighbours, articleVersions, deriveFiles, LATEST_PAGE_SIZE, latestList, originalLang } from './derive.ts';
import { indexedArticles } from './indexes.ts';
import type { ArticleFile } from './load.ts';
import { readListPage } from './stored-list.ts';

/** The search index has its own tests (pipeline/search); here it only has to be there. */
const notSearch = (path: string) => !path.startsWith('data/search/');

const version = (id: string, lang: Lang, translatedFrom: Lang | null, publishedAt = '2023-04-27'): ArticleFile => {
  const article: Article = {
    id,
    lang,
    translatedFrom,
    publishedAt,
    updatedAt: null,
    headline: `${id} headline ${lang}`,
    summary: `${id} summary ${lang}.`,
    tags: [],
    body: [{ type: 'paragraph', text: 'Text.' }],
  };
  return { file: `public/articles/${id}/${lang}.json`, article };
};

/** One article per entry: its id, publishedAt and, optionally, its versions (original first). */
const corpus = (entries: [id: string, publishedAt: string, langs?: Lang[]][]): Map<string, ArticleFile[]> =>
  new Map(
    entries.map(([id, publishedAt, langs = ['en']]) => [
      id,
      langs.map((lang, index) => version(id, lang, index === 0 ? null : langs[0]!, publishedAt)),
    ]),
  );

describe('originalLang and articleVersions', () => {
  it.each<[string, ArticleFile[], Lang, Lang[]]>([
    [
      'an English original with two translations',
      [version('a', 'en', null), version('a', 'kk', 'en'), version('a', 'ru', 'en')],
      'en',
      ['en', 'kk', 'ru'],
    ],
    ['a Kazakh original listed after its translation', [version('a', 'en', 'kk'), version('a', 'kk', null)], 'kk', ['en', 'kk']],
    ['a Russian original given first', [version('a', 'ru', null), version('a', 'en', 'ru')], 'ru', ['en', 'ru']],
    [
      'versions given out of order',
      [version('a', 'ru', 'kk'), version('a', 'en', 'kk'), version('a', 'kk', null)],
      'kk',
      ['en', 'kk', 'ru'],
    ],
    ['a single translation whose original is missing', [version('a', 'ru', 'kk')], 'ru', ['ru']],
  ])('%s', (_, versions, original, langs) => {
    expect(originalLang(versions)).toBe(original);
    const derived = articleVersions('a', versions);
    expect(derived).toEqual({ id: 'a', publishedAt: '2023-04-27', original, versions: langs });
    expect(dataFiles.articleVersions.parse({ ...derived, entities: { people: {}, awards: {} } }).ok).toBe(true);
  });

  it("takes publishedAt from the original's version", () => {
    const versions = [version('a', 'en', 'kk', '2023-04-28'), version('a', 'kk', null, '2023-04-27T11:00:00+05:00')];
    expect(articleVersions('a', versions).publishedAt).toBe('2023-04-27T11:00:00+05:00');
  });
});

/** Every page of the latest-articles list as the reader sees it, read from its stored head and parts (all checked). */
const latestPages = (articles: Map<string, ArticleFile[]>, pageSize = LATEST_PAGE_SIZE) => {
  const { head, parts } = latestList(articles, pageSize);
  expect(dataFiles.latest.head.parse(head).ok).toBe(true);
  for (const part of parts) expect(dataFiles.latest.part.parse(part).ok).toBe(true);
  const files = new Map<string, unknown>([
    [dataFiles.latest.head.file(), head],
    ...parts.map((part, n) => [dataFiles.latest.part.file(n), part] as const),
  ]);
  return Array.from({ length: pageCountOf(head.total, head.pageSize) }, (_, i) => {
    const { page, pageCount, total, items } = readListPage(files, dataFiles.latest, [], i + 1)!;
    return { page, pageCount, total, items };
  });
};

describe('the latest-articles list', () => {
  it('lists newest first by the instant the dates mean, not by their text', () => {
    const pages = latestPages(
      corpus([
        // 10:00 in Almaty (+06:00) is 04:00Z; 06:00 in London (+01:00) is 05:00Z; 23:30 at −05:00 is 04:30Z the next day.
        ['almaty-ten', '2023-04-27T10:00:00+06:00'],
        ['london-six', '2023-04-27T06:00:00+01:00'],
        ['new-york-late', '2023-04-26T23:30:00-05:00'],
        ['date-only', '2023-04-27'],
        ['older', '2023-04-20'],
        ['newest', '2023-05-01T00:00:00Z'],
      ]),
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items.map((item) => item.id)).toEqual(['newest', 'london-six', 'new-york-late', 'almaty-ten', 'date-only', 'older']);
  });

  it('breaks ties by id', () => {
    const pages = latestPages(
      corpus([
        ['c-article', '2023-04-27'],
        ['a-article', '2023-04-27T05:00:00+05:00'],
        ['b-article', '2023-04-27T00:00:00Z'],
        ['d-article', '2023-04-28'],
      ]),
    );
    expect(pages[0]!.items.map((item) => item.id)).toEqual(['d-article', 'a-article', 'b-article', 'c-article']);
  });

  it('cuts 25 articles into three pages of at most 10', () => {
    // Article n was published on day n of 2023-01, so the newest is article 25.
    const ids = Array.from({ length: 25 }, (_, i) => `article-${String(i + 1).padStart(2, '0')}`);
    const pages = latestPages(corpus(ids.map((id, i) => [id, `2023-01-${String(i + 1).padStart(2, '0')}`])), 10);
    expect(pages.map(({ page, pageCount, total, items }) => ({ page, pageCount, total, count: items.length }))).toEqual([
      { page: 1, pageCount: 3, total: 25, count: 10 },
      { page: 2, pageCount: 3, total: 25, count: 10 },
      { page: 3, pageCount: 3, total: 25, count: 5 },
    ]);
    expect(pages.flatMap((p) => p.items.map((item) => item.id))).toEqual([...ids].reverse());
    expect(pages[2]!.items.map((item) => item.id)).toEqual(['article-05', 'article-04', 'article-03', 'article-02', 'article-01']);
  });

  it('stores parts from the oldest end, so that a new article changes only the head and the last part', () => {
    const days = (n: number) =>
      corpus(
        Array.from({ length: n }, (_, i) => [`article-${String(i + 1).padStart(2, '0')}`, `2023-01-${String(i + 1).padStart(2, '0')}`]),
      );
    const before = latestList(days(25), 10);
    const after = latestList(days(26), 10);
    expect(before.parts.map((part) => [part.first, part.items[0]!.id])).toEqual([
      [0, 'article-01'],
      [10, 'article-11'],
      [20, 'article-21'],
    ]);
    expect(after.parts.slice(0, 2)).toEqual(before.parts.slice(0, 2));
    expect(after.parts[2]!.items.map((item) => item.id)).toEqual([
      'article-21',
      'article-22',
      'article-23',
      'article-24',
      'article-25',
      'article-26',
    ]);
    expect(after.head.items[0]!.id).toBe('article-26');
    expect([before.head.total, after.head.total]).toEqual([25, 26]);
    // The version of the parts changed with the last one.
    expect(after.head.versions).not.toEqual(before.head.versions);
  });

  it.each([
    [10, 10, 1],
    [11, 10, 2],
    [20, 10, 2],
    [1, 20, 1],
  ])('%i articles with page size %i make %i pages', (count, size, pageCount) => {
    const pages = latestPages(corpus(Array.from({ length: count }, (_, i) => [`a${i}`, '2023-04-27'])), size);
    expect(pages.map((p) => p.page)).toEqual(Array.from({ length: pageCount }, (_, i) => i + 1));
    expect(pages.every((p) => p.pageCount === pageCount && p.total === count)).toBe(true);
  });

  it('gives one empty page for an empty corpus', () => {
    expect(latestPages(new Map())).toEqual([{ page: 1, pageCount: 1, total: 0, items: [] }]);
    expect(latestList(new Map()).parts).toEqual([]);
  });

  it('lists each article with its original and the headline and summary of every version', () => {
    const [page] = latestPages(corpus([['a', '2023-04-27', ['kk', 'en']]]));
    expect(page!.items).toEqual([
      {
        id: 'a',
        publishedAt: '2023-04-27',
        original: 'kk',
        versions: {
          en: { headline: 'a headline en', summary: 'a summary en.' },
          kk: { headline: 'a headline kk', summary: 'a summary kk.' },
        },
      },
    ]);
  });
});

/** The headline of each version, as `version` writes it. */
const headlines = (id: string, langs: Lang[]) => Object.fromEntries(langs.map((lang) => [lang, `${id} headline ${lang}`]));

describe('articleNeighbours', () => {
  /** Each article's newer and older neighbour by id, in the order the corpus lists the articles. */
  const neighbourIds = (articles: Map<string, ArticleFile[]>) => {
    const neighbours = articleNeighbours(indexedArticles(articles).map(({ source }) => source));
    return [...articles.keys()].map((id) => {
      const { newer, older } = neighbours.get(id) ?? {};
      return [id, newer?.articleId ?? null, older?.articleId ?? null];
    });
  };

  it.each<[string, [id: string, publishedAt: string][], [id: string, newer: string | null, older: string | null][]]>([
    ['a single article has none', [['only', '2023-04-27']], [['only', null, null]]],
    [
      'the newest has no newer one, the oldest no older one',
      [
        ['middle', '2023-04-27'],
        ['oldest', '2023-04-20'],
        ['newest', '2023-05-01'],
      ],
      [
        ['middle', 'newest', 'oldest'],
        ['oldest', 'middle', null],
        ['newest', null, 'middle'],
      ],
    ],
    [
      'by the instant the dates mean, not by their text',
      [
        // 10:00 in Almaty (+06:00) is 04:00Z; 23:30 at −05:00 on the 26th is 04:30Z on the 27th.
        ['almaty-ten', '2023-04-27T10:00:00+06:00'],
        ['new-york-late', '2023-04-26T23:30:00-05:00'],
        ['date-only', '2023-04-27'],
      ],
      [
        ['almaty-ten', 'new-york-late', 'date-only'],
        ['new-york-late', null, 'almaty-ten'],
        ['date-only', 'almaty-ten', null],
      ],
    ],
    [
      // The same order as the latest-articles list: on the same instant, the first id is listed first (newer).
      'the same instant, by id',
      [
        ['c-article', '2023-04-27'],
        ['a-article', '2023-04-27T05:00:00+05:00'],
        ['b-article', '2023-04-27T00:00:00Z'],
      ],
      [
        ['c-article', 'b-article', null],
        ['a-article', null, 'b-article'],
        ['b-article', 'a-article', 'c-article'],
      ],
    ],
  ])('%s', (_, entries, expected) => {
    expect(neighbourIds(corpus(entries))).toEqual(expected);
  });

  it('follows the latest-articles list, link by link', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `a${i % 7}-${i}`);
    const articles = corpus(ids.map((id, i) => [id, `2023-0${(i % 3) + 1}-0${(i % 5) + 1}`]));
    const listed = latestPages(articles, 100)[0]!.items.map((item) => item.id);
    const neighbours = articleNeighbours(indexedArticles(articles).map(({ source }) => source));
    const walked = [listed[0]!];
    for (let next = neighbours.get(listed[0]!)?.older; next; next = neighbours.get(next.articleId)?.older) walked.push(next.articleId);
    expect(walked).toEqual(listed);
    for (const [index, id] of listed.entries()) expect(neighbours.get(id)?.newer?.articleId).toBe(listed[index - 1]);
  });

  it("links each neighbour with the headlines of the versions it has and its original's date", () => {
    const articles = new Map([
      ['kazakh-only', [version('kazakh-only', 'kk', null, '2023-04-28')]],
      // A Russian original with an English translation, listed translation first.
      ['russian', [version('russian', 'en', 'ru', '2023-04-26'), version('russian', 'ru', null, '2023-04-27T09:00:00+05:00')]],
      ['middle', [version('middle', 'en', null, '2023-04-27T12:00:00+05:00')]],
    ]);
    const neighbours = articleNeighbours(indexedArticles(articles).map(({ source }) => source));
    expect(neighbours.get('middle')).toEqual({
      newer: { articleId: 'kazakh-only', original: 'kk', publishedAt: '2023-04-28', headlines: { kk: 'kazakh-only headline kk' } },
      older: {
        articleId: 'russian',
        original: 'ru',
        publishedAt: '2023-04-27T09:00:00+05:00',
        headlines: { ru: 'russian headline ru', en: 'russian headline en' },
      },
    });
    const names = { entities: { people: {}, awards: {} } };
    expect(
      dataFiles.articleVersions.parse({ ...articleVersions('middle', articles.get('middle')!), ...neighbours.get('middle'), ...names }).ok,
    ).toBe(true);
  });

  it('gives nothing for an empty corpus', () => {
    expect(articleNeighbours([]).size).toBe(0);
  });
});

const NO_ENTITIES: Entities = { people: {}, organizations: {}, awards: {} };
/** The index files every corpus gets, even an empty one (see indexes.test.ts for the rest). */
const ALWAYS_INDEXED = ['data/awards/summary.json', 'data/quotes/all/head.json', 'data/quotes/speakers.json', 'data/timeline/months.json'];

describe('deriveFiles', () => {
  it('writes one versions file per article, the latest pages and the indexes', () => {
    const files = deriveFiles(
      corpus([
        ['first', '2023-04-27', ['en', 'kk', 'ru']],
        ['second', '2023-04-28', ['ru']],
      ]),
      NO_ENTITIES,
    );
    expect([...files.keys()].filter(notSearch).sort()).toEqual(
      [
        'data/articles/first.json',
        'data/articles/second.json',
        'data/latest/head.json',
        'data/latest/0.json',
        ...ALWAYS_INDEXED,
        // Each article's publication is on the timeline.
        'data/timeline/2023-04/1.json',
      ].sort(),
    );
    const first = { articleId: 'first', publishedAt: '2023-04-27', original: 'en', headlines: headlines('first', ['en', 'kk', 'ru']) };
    const second = { articleId: 'second', publishedAt: '2023-04-28', original: 'ru', headlines: headlines('second', ['ru']) };
    expect(files.get('data/articles/first.json')).toEqual({
      id: 'first',
      publishedAt: '2023-04-27',
      original: 'en',
      versions: ['en', 'kk', 'ru'],
      newer: second,
      entities: { people: {}, awards: {} },
    });
    expect(files.get('data/articles/second.json')).toEqual({
      id: 'second',
      publishedAt: '2023-04-28',
      original: 'ru',
      versions: ['ru'],
      older: first,
      entities: { people: {}, awards: {} },
    });
    for (const id of ['first', 'second']) expect(dataFiles.articleVersions.parse(files.get(`data/articles/${id}.json`)).ok).toBe(true);
    expect(dataFiles.latest.head.parse(files.get('data/latest/head.json')).ok).toBe(true);
    expect(dataFiles.latest.part.parse(files.get('data/latest/0.json')).ok).toBe(true);
  });

  it(`pages the latest list by ${LATEST_PAGE_SIZE}`, () => {
    const files = deriveFiles(corpus(Array.from({ length: LATEST_PAGE_SIZE + 1 }, (_, i) => [`a${i}`, '2023-04-27'])), NO_ENTITIES);
    expect([...files.keys()].filter((path) => path.startsWith('data/latest/'))).toEqual([
      'data/latest/head.json',
      'data/latest/0.json',
      'data/latest/1.json',
    ]);
  });

  it('writes the head of the latest list and the empty indexes for an empty corpus', () => {
    expect([...deriveFiles(new Map(), NO_ENTITIES).keys()].filter(notSearch).sort()).toEqual(
      ['data/latest/head.json', ...ALWAYS_INDEXED].sort(),
    );
  });

  it('gives each versions file the names its article shows, and no others', () => {
    const people = { ana: { name: { en: 'Ana' } }, bek: { name: { en: 'Bek' } }, silent: { name: { en: 'Silent' } } };
    const awards = { medal: { kind: 'medal' as const, name: { en: 'Medal' } }, other: { kind: 'order' as const, name: { en: 'Other' } } };
    const article = version('a', 'en', null);
    article.article.body.push(
      { type: 'quote', id: 'q', text: 'Words.', speaker: 'ana' },
      { type: 'awards', id: 'aw', items: [{ award: 'medal', recipients: ['bek', { name: 'A class' }] }] },
    );
    const files = deriveFiles(new Map([['a', [article]]]), { people, organizations: {}, awards });
    expect((files.get('data/articles/a.json') as { entities: unknown }).entities).toEqual({
      people: { ana: people.ana, bek: people.bek },
      awards: { medal: awards.medal },
    });
  });

  it('writes a page for every registered person', () => {
    const files = deriveFiles(new Map(), { ...NO_ENTITIES, people: { someone: { name: { en: 'Someone' } } } });
    expect(files.get('data/people/someone.json')).toEqual({
      id: 'someone',
      quoteCount: 0,
      quotes: [],
      articleCount: 0,
      articles: [],
      entities: { people: { someone: { name: { en: 'Someone' } } }, awards: {} },
    });
    expect(files.get('data/quotes/speaker/someone/head.json')).toEqual({
      total: 0,
      pageSize: 20,
      items: [],
      versions: [],
      entities: { people: {}, awards: {} },
    });
  });
});

describe('deriveFiles and search', () => {
  it('includes the search index', () => {
    expect(deriveFiles(new Map(), NO_ENTITIES).has('data/search/meta.json')).toBe(true);
  });
});
