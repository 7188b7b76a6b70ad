import { dataFiles } from '../../src/content/data-files.ts';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Article,
  type AwardGrant,
  type AwardsSummary,
  type Block,
  type Entities,
  type PersonIndex,
  type QuoteEntry,
  type Speakers,
  type TimelineMonthPage,
  type TimelineMonths,
} from '../../src/content/schema.ts';
import type { ListPage } from '../../src/content/paged-list.ts';
import { type Parsed } from '../../src/shared/validation.ts';
import { type Lang } from '../../src/shared/languages.ts';
import { generateCorpus } from '../corpus/generate.ts';
import {
  articleEntries,
  AWARDS_PAGE_SIZE,
  awardIndexes,
  compareIds,
  indexedArticles,
  indexedEntries,
  indexFiles,
  monthOf,
  PERSON_ARTICLES,
  PERSON_QUOTES,
  personIndexes,
  quoteIndexes,
  QUOTES_PAGE_SIZE,
  SUMMARY_LATEST,
  TIMELINE_PAGE_SIZE,
  timelineIndexes,
} from './indexes.ts';
import type { ArticleFile } from './load.ts';
import { readListPage } from './stored-list.ts';

// ---------------------------------------------------------------------------------------------------------
// Small articles, written inline.

const ENTITIES: Entities = {
  people: {
    ana: { name: { en: 'Ana', kk: 'Ана', ru: 'Анна' }, role: { en: 'Teacher', kk: 'Мұғалім' } },
    bek: { name: { en: 'Bek' } },
    silent: { name: { en: 'Silent' } },
  },
  organizations: {},
  // Listed out of alphabetical order: the awards page follows this order.
  awards: {
    'zeta-medal': { kind: 'medal', name: { en: 'Zeta medal' } },
    'alpha-order': { kind: 'order', name: { en: 'Order of Alpha' }, degrees: [1, 2, 3] },
  },
};

interface VersionOptions {
  translatedFrom?: Lang | null;
  publishedAt?: string;
  body?: Block[];
}

const version = (
  id: string,
  lang: Lang,
  { translatedFrom = null, publishedAt = '2023-04-27', body = [] }: VersionOptions = {},
): ArticleFile => {
  const article: Article = {
    id,
    lang,
    translatedFrom,
    publishedAt,
    updatedAt: null,
    headline: `${id} ${lang}`,
    summary: `Summary of ${id} in ${lang}.`,
    tags: [],
    body: [{ type: 'paragraph', text: 'Text.' }, ...body],
  };
  return { file: `public/articles/${id}/${lang}.json`, article };
};

/** Versions grouped by article, in the order given. */
const articlesOf = (...versions: ArticleFile[]): Map<string, ArticleFile[]> => {
  const map = new Map<string, ArticleFile[]>();
  for (const file of versions) map.set(file.article.id, [...(map.get(file.article.id) ?? []), file]);
  return map;
};

const quote = (id: string, speaker: Extract<Block, { type: 'quote' }>['speaker'], text = `Quote ${id}.`): Block => ({
  type: 'quote',
  id,
  text,
  speaker,
});
type AwardItem = Extract<Block, { type: 'awards' }>['items'][number];
const awards = (id: string, ...items: AwardItem[]): Block => ({ type: 'awards', id, items });
const timeline = (id: string, ...events: [id: string, date: string, text?: string][]): Block => ({
  type: 'timeline',
  id,
  events: events.map(([eventId, date, text = `Event ${eventId}.`]) => ({ id: eventId, date, text })),
});

/** `n` one-version articles, article i published on day i of 2023 (so the last is the newest). */
const manyArticles = (n: number, body: (i: number) => Block[]): Map<string, ArticleFile[]> =>
  articlesOf(
    ...Array.from({ length: n }, (_, i) =>
      version(`article-${String(i + 1).padStart(3, '0')}`, 'en', {
        publishedAt: new Date(Date.UTC(2023, 0, i + 1)).toISOString().slice(0, 10),
        body: body(i),
      }),
    ),
  );

// ---------------------------------------------------------------------------------------------------------
// Every file is checked with the app's own parser, as the app will receive it (after JSON).

const PARSERS: [RegExp, (input: unknown) => Parsed<unknown>][] = [
  [/^data\/quotes\/all\/head\.json$/, dataFiles.quotes.head.parse],
  [/^data\/quotes\/all\/\d+\.json$/, dataFiles.quotes.part.parse],
  [/^data\/quotes\/speaker\/[a-z0-9-]+\/head\.json$/, dataFiles.quotesBySpeaker.head.parse],
  [/^data\/quotes\/speaker\/[a-z0-9-]+\/\d+\.json$/, dataFiles.quotesBySpeaker.part.parse],
  [/^data\/quotes\/speakers\.json$/, dataFiles.speakers.parse],
  [/^data\/awards\/summary\.json$/, dataFiles.awardsSummary.parse],
  [/^data\/awards\/[a-z0-9-]+\/[0-3]\/head\.json$/, dataFiles.awardGrants.head.parse],
  [/^data\/awards\/[a-z0-9-]+\/[0-3]\/\d+\.json$/, dataFiles.awardGrants.part.parse],
  [/^data\/timeline\/months\.json$/, dataFiles.timelineMonths.parse],
  [/^data\/timeline\/\d{4}-\d{2}\/\d+\.json$/, dataFiles.timelineMonth.parse],
  [/^data\/people\/[a-z0-9-]+\.json$/, dataFiles.person.parse],
];

const expectValid = (files: Map<string, unknown>): void => {
  for (const [path, data] of files) {
    const parse = PARSERS.find(([pattern]) => pattern.test(path))?.[1];
    expect(parse, `a parser for ${path}`).toBeDefined();
    const json: unknown = JSON.parse(JSON.stringify(data));
    const parsed = parse!(json);
    expect(parsed.ok ? [] : parsed.problems, path).toEqual([]);
    // Nothing the schema does not know about (the parser would drop it): no bytes wasted.
    if (parsed.ok) expect(parsed.value, path).toEqual(json);
  }
};

/** A reader page without how its list is stored. */
const shown = <T>(page: ListPage<T> | undefined): Omit<ListPage<T>, 'stored'> => {
  expect(page, 'the page').toBeDefined();
  const { page: number, pageCount, total, items, entities } = page!;
  return { page: number, pageCount, total, items, entities };
};

/** The index files of `articles`, checked against their schemas; lists are read page by page as the app reads them. */
const indexed = (articles: Map<string, ArticleFile[]>, entities: Entities = ENTITIES) => {
  const files = indexFiles(indexedEntries(articles, entities), entities);
  expectValid(files);
  const get = <T>(path: string): T => {
    expect(files.has(path), path).toBe(true);
    return files.get(path) as T;
  };
  return {
    files,
    paths: [...files.keys()],
    quotes: (page = 1) => shown(readListPage(files, dataFiles.quotes, [], page)),
    bySpeaker: (id: string, page = 1) => shown(readListPage(files, dataFiles.quotesBySpeaker, [id], page)),
    speakers: () => get<Speakers>('data/quotes/speakers.json').speakers,
    summary: () => get<AwardsSummary>('data/awards/summary.json'),
    grants: (award: string, degree: number, page = 1) => shown(readListPage(files, dataFiles.awardGrants, [award, degree], page)),
    months: () => get<TimelineMonths>('data/timeline/months.json').months.map(({ month, count }) => ({ month, count })),
    month: (month: string) => get<TimelineMonthPage>(`data/timeline/${month}/1.json`).entries,
    monthPage: (month: string, page: number) => get<TimelineMonthPage>(`data/timeline/${month}/${page}.json`),
    person: (id: string) => get<PersonIndex>(`data/people/${id}.json`),
  };
};

const quoteKeys = (items: QuoteEntry[]) => items.map(({ articleId, blockId }) => `${articleId}#${blockId}`);

// ---------------------------------------------------------------------------------------------------------

describe('indexedArticles', () => {
  it('orders articles newest first by the instant their dates mean, then by id', () => {
    const order = indexedArticles(
      articlesOf(
        // 10:00 at +06:00 is 04:00Z; 06:00 at +01:00 is 05:00Z; 23:30 the day before at −05:00 is 04:30Z.
        version('almaty-ten', 'en', { publishedAt: '2023-04-27T10:00:00+06:00' }),
        version('london-six', 'en', { publishedAt: '2023-04-27T06:00:00+01:00' }),
        version('new-york-late', 'en', { publishedAt: '2023-04-26T23:30:00-05:00' }),
        version('c-date-only', 'en', { publishedAt: '2023-04-27' }),
        version('b-midnight-utc', 'en', { publishedAt: '2023-04-27T00:00:00Z' }),
        version('older', 'en', { publishedAt: '2023-04-20' }),
      ),
    ).map(({ source }) => source.articleId);
    expect(order).toEqual(['london-six', 'new-york-late', 'almaty-ten', 'b-midnight-utc', 'c-date-only', 'older']);
  });

  it('puts the original version first and takes its publishedAt, with every headline', () => {
    const [article] = indexedArticles(
      articlesOf(
        version('a', 'en', { translatedFrom: 'kk', publishedAt: '2023-04-28' }),
        version('a', 'kk', { publishedAt: '2023-04-27T11:00:00+05:00' }),
        version('a', 'ru', { translatedFrom: 'kk', publishedAt: '2023-04-28' }),
      ),
    );
    expect(article!.versions.map(({ lang }) => lang)).toEqual(['kk', 'en', 'ru']);
    expect(article!.source).toEqual({
      articleId: 'a',
      original: 'kk',
      publishedAt: '2023-04-27T11:00:00+05:00',
      headlines: { kk: 'a kk', en: 'a en', ru: 'a ru' },
    });
  });
});

describe('compareIds', () => {
  it.each([
    ['a-b', 'ab', -1],
    ['a', 'a-1', -1],
    ['a-9', 'a-10', 1],
    ['2023-x', 'a', -1],
    ['same', 'same', 0],
  ])('%s against %s is %i, whatever the locale', (a, b, expected) => {
    expect(Math.sign(compareIds(a, b))).toBe(expected);
    expect(Math.sign(compareIds(b, a))).toBe(-expected || 0);
  });
});

describe('articleEntries', () => {
  it('reads every kind of block of every version in one pass, the original first', () => {
    const [article] = indexedArticles(
      articlesOf(
        version('a', 'en', {
          translatedFrom: 'ru',
          body: [
            quote('q', 'ana', 'Yes.'),
            awards('aw', { award: 'zeta-medal', recipients: ['bek', { name: 'A choir' }] }),
            timeline('tl', ['e1', '2023-04-01', 'Began.']),
          ],
        }),
        version('a', 'ru', {
          body: [
            quote('q', 'ana', 'Да.'),
            awards('aw', { award: 'zeta-medal', recipients: ['bek', { name: 'Хор' }] }),
            timeline('tl', ['e1', '2023-04-01', 'Началось.']),
          ],
        }),
      ),
    );
    const entries = articleEntries(article!, ENTITIES);
    const source = { articleId: 'a', original: 'ru', publishedAt: '2023-04-27', headlines: { ru: 'a ru', en: 'a en' } };
    expect(entries.quotes).toEqual([{ ...source, blockId: 'q', speakerId: 'ana', texts: { ru: 'Да.', en: 'Yes.' } }]);
    expect(entries.grants).toEqual([
      {
        ...source,
        blockId: 'aw',
        award: 'zeta-medal',
        degree: null,
        recipients: { ru: [{ id: 'bek' }, { name: 'Хор' }], en: [{ id: 'bek' }, { name: 'A choir' }] },
        notes: {},
      },
    ]);
    expect(entries.timeline).toEqual([
      { ...source, kind: 'article', date: '2023-04-27', texts: source.headlines },
      { ...source, kind: 'event', date: '2023-04-01', eventId: 'e1', texts: { ru: 'Началось.', en: 'Began.' } },
    ]);
    expect([...entries.people].sort()).toEqual(['ana', 'bek']);
  });

  it('takes the award, degree and event date from the original where versions disagree', () => {
    const [article] = indexedArticles(
      articlesOf(
        version('a', 'en', {
          translatedFrom: 'kk',
          body: [awards('aw', { award: 'zeta-medal' }), timeline('tl', ['e1', '2023-04-02'])],
        }),
        version('a', 'kk', {
          body: [awards('aw', { award: 'alpha-order', degree: 1 }), timeline('tl', ['e1', '2023-04-01'])],
        }),
      ),
    );
    const entries = articleEntries(article!, ENTITIES);
    expect(entries.grants.map(({ award, degree }) => [award, degree])).toEqual([['alpha-order', 1]]);
    expect(entries.timeline[1]!.date).toBe('2023-04-01');
  });
});

describe('the index builders, given entries', () => {
  const entry = (articleId: string, speakerId?: string): QuoteEntry => ({
    articleId,
    original: 'en',
    publishedAt: '2023-04-27',
    headlines: { en: articleId },
    blockId: 'q',
    ...(speakerId && { speakerId }),
    texts: { en: 'Text.' },
  });

  it('quoteIndexes stores parts of the size asked for from the oldest end, and the newest page in the head', () => {
    // Newest first, as given: a is the newest.
    const quotes = ['a', 'b', 'c', 'd', 'e'].map((id) => entry(id, 'ana'));
    const { all, bySpeaker, speakers } = quoteIndexes(quotes, ENTITIES, 2);
    expect(all.parts.map((part) => [part.first, part.items.map((q) => q.articleId)])).toEqual([
      [0, ['e', 'd']],
      [2, ['c', 'b']],
      [4, ['a']],
    ]);
    expect(all.head.items.map((q) => q.articleId)).toEqual(['a', 'b']);
    expect([all.head.total, all.head.pageSize, all.head.versions.length]).toEqual([5, 2, 1]);
    expect(bySpeaker.get('ana')!.parts.map((part) => part.items.length)).toEqual([2, 2, 1]);
    expect(bySpeaker.get('silent')).toEqual({
      head: { total: 0, pageSize: 2, items: [], versions: [], entities: { people: {}, awards: {} } },
      parts: [],
    });
    expect(speakers).toEqual({ speakers: [{ id: 'ana', count: 5 }], entities: { people: { ana: ENTITIES.people.ana }, awards: {} } });
  });

  it('awardIndexes puts awards missing from entities.json after the known ones, by id', () => {
    const grant = (award: string): AwardGrant => ({
      articleId: 'a',
      original: 'en',
      publishedAt: '2023-04-27',
      headlines: { en: 'a' },
      blockId: 'aw',
      award,
      degree: null,
      recipients: {},
      notes: {},
    });
    const { summary } = awardIndexes(['unknown-b', 'alpha-order', 'unknown-a', 'zeta-medal'].map(grant), ENTITIES);
    expect(summary.groups.map((group) => group.award)).toEqual(['zeta-medal', 'alpha-order', 'unknown-a', 'unknown-b']);
  });

  it('timelineIndexes gives no months for no entries', () => {
    expect(timelineIndexes([])).toEqual({ months: { pageSize: TIMELINE_PAGE_SIZE, months: [] }, byMonth: [] });
  });

  it('personIndexes counts only people registered in entities.json', () => {
    const people = personIndexes([entry('a', 'ana'), entry('b', 'stranger'), entry('c')], [], ENTITIES);
    expect(people.map(({ id, quoteCount }) => [id, quoteCount])).toEqual([
      ['ana', 1],
      ['bek', 0],
      ['silent', 0],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('quotes', () => {
  it('merges the versions of a quote: every text, one registered speaker', () => {
    const { quotes } = indexed(
      articlesOf(
        version('a', 'en', { body: [quote('q-one', 'ana', 'We did it.')] }),
        version('a', 'kk', { translatedFrom: 'en', body: [quote('q-one', 'ana', 'Біз жасадық.')] }),
      ),
    );
    expect(quotes().items).toEqual([
      {
        articleId: 'a',
        original: 'en',
        publishedAt: '2023-04-27',
        headlines: { en: 'a en', kk: 'a kk' },
        blockId: 'q-one',
        speakerId: 'ana',
        texts: { en: 'We did it.', kk: 'Біз жасадық.' },
      },
    ]);
  });

  it.each<[string, Block[], Block[], QuoteEntry['speakerNames']]>([
    [
      'an inline speaker keeps each version’s name and role',
      [quote('q', { name: 'Marat K.', role: 'a resident' })],
      [quote('q', { name: 'Марат Қ.', role: 'тұрғын' })],
      { en: { name: 'Marat K.', role: 'a resident' }, kk: { name: 'Марат Қ.', role: 'тұрғын' } },
    ],
    [
      'an inline speaker without a role',
      [quote('q', { name: 'Gaukhar M.' })],
      [quote('q', { name: 'Гауһар М.' })],
      { en: { name: 'Gaukhar M.' }, kk: { name: 'Гауһар М.' } },
    ],
    [
      'a registered person in one version, a name in the other: the person is named in that version’s language',
      [quote('q', { name: 'A. Teacher' })],
      [quote('q', 'ana')],
      { en: { name: 'A. Teacher' }, kk: { name: 'Ана', role: 'Мұғалім' } },
    ],
    [
      'two different registered people: both named, English where a language is missing',
      [quote('q', 'bek')],
      [quote('q', 'ana')],
      { en: { name: 'Bek' }, kk: { name: 'Ана', role: 'Мұғалім' } },
    ],
  ])('%s', (_, en, kk, speakerNames) => {
    const { quotes, speakers } = indexed(
      articlesOf(version('a', 'en', { body: en }), version('a', 'kk', { translatedFrom: 'en', body: kk })),
    );
    const [entry] = quotes().items;
    expect(entry!.speakerId).toBeUndefined();
    expect(entry!.speakerNames).toEqual(speakerNames);
    expect(speakers()).toEqual([]);
  });

  it('gives an article that exists only in Kazakh only Kazakh texts', () => {
    const { quotes } = indexed(articlesOf(version('kk-only', 'kk', { body: [quote('q', { name: 'Әлия С.', role: 'ерікті' }, 'Сөз.')] })));
    expect(quotes().items).toEqual([
      {
        articleId: 'kk-only',
        original: 'kk',
        publishedAt: '2023-04-27',
        headlines: { kk: 'kk-only kk' },
        blockId: 'q',
        speakerNames: { kk: { name: 'Әлия С.', role: 'ерікті' } },
        texts: { kk: 'Сөз.' },
      },
    ]);
  });

  it('lists quotes newest first by article instant, then article id, then the original’s block order', () => {
    const { quotes } = indexed(
      articlesOf(
        version('older', 'en', { publishedAt: '2023-04-20', body: [quote('q-1', 'ana')] }),
        // 23:30 at +06:00 on the 27th is 17:30Z: earlier than 2023-04-27T20:00:00Z, later than the 27th's start.
        version('almaty-late', 'en', { publishedAt: '2023-04-27T23:30:00+06:00', body: [quote('q-1', 'ana')] }),
        version('utc-evening', 'en', { publishedAt: '2023-04-27T20:00:00Z', body: [quote('q-1', 'ana')] }),
        version('b-same-day', 'en', { publishedAt: '2023-04-27', body: [quote('q-1', 'bek')] }),
        // The original (kk) gives q-b before q-a; the translation lists them the other way round.
        version('a-same-day', 'en', { translatedFrom: 'kk', publishedAt: '2023-04-27', body: [quote('q-a', 'ana'), quote('q-b', 'ana')] }),
        version('a-same-day', 'kk', { publishedAt: '2023-04-27', body: [quote('q-b', 'ana'), quote('q-a', 'ana')] }),
      ),
    );
    expect(quoteKeys(quotes().items)).toEqual([
      'utc-evening#q-1',
      'almaty-late#q-1',
      'a-same-day#q-b',
      'a-same-day#q-a',
      'b-same-day#q-1',
      'older#q-1',
    ]);
  });

  it('cuts 25 quotes into 2 pages of 20 and 5, overall and by speaker', () => {
    const { quotes, bySpeaker, paths } = indexed(manyArticles(25, () => [quote('q', 'ana')]));
    for (const pages of [
      [quotes(1), quotes(2)],
      [bySpeaker('ana', 1), bySpeaker('ana', 2)],
    ]) {
      expect(pages.map(({ page, pageCount, total, items }) => ({ page, pageCount, total, count: items.length }))).toEqual([
        { page: 1, pageCount: 2, total: 25, count: QUOTES_PAGE_SIZE },
        { page: 2, pageCount: 2, total: 25, count: 5 },
      ]);
      // Newest first: article-025 down to article-001.
      expect(pages.flatMap((page) => page.items.map((item) => item.articleId))).toEqual(
        Array.from({ length: 25 }, (_, i) => `article-${String(25 - i).padStart(3, '0')}`),
      );
    }
    expect(paths.filter((path) => path.startsWith('data/quotes/'))).toEqual([
      'data/quotes/all/head.json',
      'data/quotes/all/0.json',
      'data/quotes/all/1.json',
      'data/quotes/speakers.json',
      'data/quotes/speaker/ana/head.json',
      'data/quotes/speaker/ana/0.json',
      'data/quotes/speaker/ana/1.json',
      'data/quotes/speaker/bek/head.json',
      'data/quotes/speaker/silent/head.json',
    ]);
  });

  it('reads a page from the one or two parts that hold it: the parts are cut from the oldest end', () => {
    const { quotes, files } = indexed(manyArticles(45, () => [quote('q', 'ana')]));
    // 45 quotes: parts of 20, 20 and 5 from the oldest; reader pages of 20, 20 and 5 from the newest.
    expect([0, 1, 2].map((part) => (files.get(`data/quotes/all/${part}.json`) as { items: unknown[] }).items.length)).toEqual([20, 20, 5]);
    const articleIds = (page: number) => quotes(page).items.map((item) => item.articleId);
    expect(articleIds(2)).toEqual(Array.from({ length: 20 }, (_, i) => `article-${String(25 - i).padStart(3, '0')}`));
    expect(articleIds(3)).toEqual(['article-005', 'article-004', 'article-003', 'article-002', 'article-001']);
  });

  it('changes only the head and the newest part when the newest article comes', () => {
    const before = indexed(manyArticles(45, () => [quote('q', 'ana')])).files;
    const after = indexed(manyArticles(46, () => [quote('q', 'ana')])).files;
    const changed = [...after.keys()].filter((path) => JSON.stringify(after.get(path)) !== JSON.stringify(before.get(path)));
    expect(changed.filter((path) => path.startsWith('data/quotes/'))).toEqual([
      'data/quotes/all/head.json',
      'data/quotes/all/2.json',
      'data/quotes/speakers.json',
      'data/quotes/speaker/ana/head.json',
      'data/quotes/speaker/ana/2.json',
    ]);
  });

  it('gives an empty corpus one empty page of quotes, no speakers and an empty page per registered person', () => {
    const { quotes, speakers, bySpeaker, paths } = indexed(new Map());
    expect(quotes()).toEqual({ page: 1, pageCount: 1, total: 0, items: [], entities: { people: {}, awards: {} } });
    expect(speakers()).toEqual([]);
    expect(bySpeaker('silent')).toEqual({ page: 1, pageCount: 1, total: 0, items: [], entities: { people: {}, awards: {} } });
    expect(paths.filter((path) => path.startsWith('data/quotes/'))).toEqual([
      'data/quotes/all/head.json',
      'data/quotes/speakers.json',
      'data/quotes/speaker/ana/head.json',
      'data/quotes/speaker/bek/head.json',
      'data/quotes/speaker/silent/head.json',
    ]);
  });

  it.each<[string, Block[][], Speakers['speakers']]>([
    [
      'most quoted first',
      [[quote('q1', 'bek'), quote('q2', 'bek')], [quote('q1', 'ana')]],
      [
        { id: 'bek', count: 2 },
        { id: 'ana', count: 1 },
      ],
    ],
    [
      'ties by id',
      [[quote('q1', 'bek')], [quote('q1', 'ana')]],
      [
        { id: 'ana', count: 1 },
        { id: 'bek', count: 1 },
      ],
    ],
    ['named (unregistered) speakers are not listed', [[quote('q1', { name: 'Someone' }), quote('q2', 'ana')]], [{ id: 'ana', count: 1 }]],
    ['nobody quoted', [[{ type: 'heading', text: 'No quotes here' }]], []],
  ])('speakers: %s', (_, bodies, expected) => {
    const { speakers, bySpeaker } = indexed(manyArticles(bodies.length, (i) => bodies[i]!));
    expect(speakers()).toEqual(expected);
    for (const { id, count } of expected) expect(bySpeaker(id).total).toBe(count);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('awards', () => {
  it('merges the versions of each item: recipients and notes per language, degree or null', () => {
    const { grants, summary } = indexed(
      articlesOf(
        version('a', 'en', {
          body: [
            awards(
              'awards-1',
              { award: 'alpha-order', degree: 2, recipients: ['ana', { name: 'The choir', description: 'for concerts' }], note: 'Spring.' },
              { award: 'zeta-medal', recipients: [{ name: 'Volunteers' }] },
              { award: 'zeta-medal' },
            ),
          ],
        }),
        version('a', 'ru', {
          translatedFrom: 'en',
          body: [
            awards(
              'awards-1',
              { award: 'alpha-order', degree: 2, recipients: ['ana', { name: 'Хор', description: 'за концерты' }] },
              { award: 'zeta-medal', recipients: [{ name: 'Волонтёры' }], note: 'Весной.' },
              { award: 'zeta-medal' },
            ),
          ],
        }),
      ),
    );
    const source = {
      articleId: 'a',
      original: 'en',
      publishedAt: '2023-04-27',
      headlines: { en: 'a en', ru: 'a ru' },
      blockId: 'awards-1',
    };
    expect(grants('alpha-order', 2).items).toEqual([
      {
        ...source,
        award: 'alpha-order',
        degree: 2,
        recipients: {
          en: [{ id: 'ana' }, { name: 'The choir', description: 'for concerts' }],
          ru: [{ id: 'ana' }, { name: 'Хор', description: 'за концерты' }],
        },
        notes: { en: 'Spring.' },
      },
    ]);
    // Two items of the same award in one block are two grants, in the block's order.
    expect(grants('zeta-medal', 0).items).toEqual([
      {
        ...source,
        award: 'zeta-medal',
        degree: null,
        recipients: { en: [{ name: 'Volunteers' }], ru: [{ name: 'Волонтёры' }] },
        notes: { ru: 'Весной.' },
      },
      { ...source, award: 'zeta-medal', degree: null, recipients: { en: [], ru: [] }, notes: {} },
    ]);
    expect(summary().groups.map(({ award, degree, count }) => [award, degree, count])).toEqual([
      ['zeta-medal', null, 2],
      ['alpha-order', 2, 1],
    ]);
  });

  it('gives an article that exists only in Kazakh only Kazakh recipients and notes', () => {
    const { grants } = indexed(
      articlesOf(
        version('kk-only', 'kk', { body: [awards('aw', { award: 'zeta-medal', recipients: [{ name: 'Хор' }], note: 'Көктемде.' })] }),
      ),
    );
    expect(grants('zeta-medal', 0).items[0]).toMatchObject({
      headlines: { kk: 'kk-only kk' },
      recipients: { kk: [{ name: 'Хор' }] },
      notes: { kk: 'Көктемде.' },
    });
  });

  it('orders the groups by the awards’ order in entities.json, then by degree, none last', () => {
    const items: AwardItem[] = [
      { award: 'alpha-order' },
      { award: 'alpha-order', degree: 3 },
      { award: 'zeta-medal' },
      { award: 'alpha-order', degree: 1 },
      { award: 'alpha-order', degree: 2 },
      { award: 'alpha-order', degree: 1 },
    ];
    const { summary, paths } = indexed(articlesOf(version('a', 'en', { body: [awards('aw', ...items)] })));
    expect(summary().groups.map(({ award, degree, count }) => `${award} ${degree} ×${count}`)).toEqual([
      'zeta-medal null ×1',
      'alpha-order 1 ×2',
      'alpha-order 2 ×1',
      'alpha-order 3 ×1',
      'alpha-order null ×1',
    ]);
    expect(paths.filter((path) => path.startsWith('data/awards/'))).toEqual([
      'data/awards/summary.json',
      'data/awards/zeta-medal/0/head.json',
      'data/awards/zeta-medal/0/0.json',
      'data/awards/alpha-order/1/head.json',
      'data/awards/alpha-order/1/0.json',
      'data/awards/alpha-order/2/head.json',
      'data/awards/alpha-order/2/0.json',
      'data/awards/alpha-order/3/head.json',
      'data/awards/alpha-order/3/0.json',
      'data/awards/alpha-order/0/head.json',
      'data/awards/alpha-order/0/0.json',
    ]);
  });

  it(`keeps the ${SUMMARY_LATEST} newest grants in the summary and pages every group by ${AWARDS_PAGE_SIZE}, newest first`, () => {
    // Article i gives the medal twice (items 0 and 1): 46 grants.
    const { summary, grants } = indexed(
      manyArticles(23, () => [awards('aw', { award: 'zeta-medal', recipients: ['ana'] }, { award: 'zeta-medal' })]),
    );
    const [group] = summary().groups;
    expect(group!.count).toBe(46);
    expect(group!.latest.map((g) => `${g.articleId} ${g.recipients.en!.length}`)).toEqual([
      'article-023 1',
      'article-023 0',
      'article-022 1',
      'article-022 0',
      'article-021 1',
    ]);
    const pages = [grants('zeta-medal', 0, 1), grants('zeta-medal', 0, 2), grants('zeta-medal', 0, 3)];
    expect(pages.map(({ page, pageCount, total, items }) => [page, pageCount, total, items.length])).toEqual([
      [1, 3, 46, 20],
      [2, 3, 46, 20],
      [3, 3, 46, 6],
    ]);
    expect(pages[2]!.items.at(-1)!.articleId).toBe('article-001');
  });

  it('gives an empty corpus an empty summary and no grant pages', () => {
    const { summary, paths } = indexed(new Map());
    expect(summary()).toEqual({ groups: [], entities: { people: {}, awards: {} } });
    expect(paths.filter((path) => path.startsWith('data/awards/'))).toEqual(['data/awards/summary.json']);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('timeline', () => {
  const TIME_ZONES = ['UTC', 'Asia/Almaty', 'Asia/Kamchatka', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Each date-time below is in another month in UTC than as written, in one direction or the other.
  const MONTHS: [iso: string, month: string][] = [
    ['2023-04-30T23:30:00+06:00', '2023-04'],
    ['2023-05-01T00:30:00+06:00', '2023-05'],
    ['2023-04-30T23:30:00-05:00', '2023-04'],
    ['2023-12-31T22:00:00-10:00', '2023-12'],
    ['2024-01-01T03:00:00+14:00', '2024-01'],
    ['2023-04-30', '2023-04'],
    ['2023-05-01', '2023-05'],
  ];

  it.each(MONTHS)('%s belongs to %s', (iso, month) => {
    expect(monthOf(iso)).toBe(month);
  });

  it.each(TIME_ZONES)('assigns months as written when the build machine runs in %s', (zone) => {
    process.env.TZ = zone;
    const { months, month } = indexed(articlesOf(...MONTHS.map(([iso], i) => version(`article-${i}`, 'en', { publishedAt: iso }))));
    expect(months()).toEqual([
      { month: '2024-01', count: 1 },
      { month: '2023-12', count: 1 },
      { month: '2023-05', count: 2 },
      { month: '2023-04', count: 3 },
    ]);
    for (const [iso, expected] of MONTHS) expect(month(expected).map((entry) => entry.date)).toContain(iso);
  });

  it('merges the versions of each event and keeps the article’s own entry with its headlines', () => {
    const { month } = indexed(
      articlesOf(
        version('a', 'en', { translatedFrom: 'kk', body: [timeline('tl', ['event-1', '2023-04-10', 'Opened.'])] }),
        version('a', 'kk', { body: [timeline('tl', ['event-1', '2023-04-10', 'Ашылды.'])] }),
        version('kk-only', 'kk', { publishedAt: '2023-04-05', body: [timeline('tl', ['event-1', '2023-04-01', 'Басталды.'])] }),
      ),
    );
    const a = { articleId: 'a', original: 'kk', publishedAt: '2023-04-27', headlines: { kk: 'a kk', en: 'a en' } };
    const kkOnly = { articleId: 'kk-only', original: 'kk', publishedAt: '2023-04-05', headlines: { kk: 'kk-only kk' } };
    expect(month('2023-04')).toEqual([
      { ...kkOnly, kind: 'event', date: '2023-04-01', eventId: 'event-1', texts: { kk: 'Басталды.' } },
      { ...kkOnly, kind: 'article', date: '2023-04-05', texts: { kk: 'kk-only kk' } },
      { ...a, kind: 'event', date: '2023-04-10', eventId: 'event-1', texts: { kk: 'Ашылды.', en: 'Opened.' } },
      { ...a, kind: 'article', date: '2023-04-27', texts: { kk: 'a kk', en: 'a en' } },
    ]);
  });

  it('orders a month by the day as written, then by instant (a date alone at the start of its day); on ties, an article before its events, then the editor’s order', () => {
    const { month, months } = indexed(
      articlesOf(
        version('b', 'en', {
          publishedAt: '2023-04-10',
          body: [
            timeline(
              'tl',
              ['e-late-almaty', '2023-04-10T23:30:00+06:00'], // 17:30Z on the 10th
              ['e-same-day-1', '2023-04-10'],
              ['e-noon-utc', '2023-04-10T12:00:00Z'],
              ['e-same-day-2', '2023-04-10'],
              ['e-new-york', '2023-04-09T22:00:00-05:00'], // 03:00Z on the 10th
            ),
            timeline('tl-2', ['e-second-block', '2023-04-10T00:00:00Z']),
          ],
        }),
        version('a', 'en', { publishedAt: '2023-04-10T00:00:00+00:00', body: [timeline('tl', ['e-a', '2023-04-10'])] }),
        version('c', 'en', { publishedAt: '2023-04-01', body: [timeline('tl', ['e-march', '2023-03-31T23:00:00-01:00'])] }),
      ),
    );
    expect(month('2023-04').map((entry) => `${entry.articleId} ${entry.eventId ?? '(article)'}`)).toEqual([
      'c (article)',
      // Written on the 9th (in New York), though it is the 10th in UTC.
      'b e-new-york',
      // All at 2023-04-10T00:00Z: article a and its event, then article b and its events in the editor's order.
      'a (article)',
      'a e-a',
      'b (article)',
      'b e-same-day-1',
      'b e-same-day-2',
      'b e-second-block',
      'b e-noon-utc',
      'b e-late-almaty',
    ]);
    // Written as 31 March at −01:00 (1 April in UTC): it stays in March.
    expect(months()).toEqual([
      { month: '2023-04', count: 10 },
      { month: '2023-03', count: 1 },
    ]);
    expect(month('2023-03').map((entry) => entry.eventId)).toEqual(['e-march']);
  });

  it('puts an entry on the day it states: 01:00 in Almaty is still the 27th, though it is the 26th in UTC', () => {
    const { month } = indexed(
      articlesOf(
        version('a', 'en', {
          publishedAt: '2023-04-01',
          body: [
            timeline('tl', ['c', '2023-04-27'], ['d', '2023-04-27T01:00:00+06:00'], ['a', '2023-04-03'], ['b', '2023-04-26T23:00:00Z']),
          ],
        }),
      ),
    );
    expect(month('2023-04').map((entry) => entry.eventId ?? '(article)')).toEqual(['(article)', 'a', 'b', 'd', 'c']);
  });

  it('pages a busy month, in order across its pages, with the month’s total on each', () => {
    const busy = articlesOf(
      ...Array.from({ length: 60 }, (_, i) =>
        version(`article-${String(i).padStart(2, '0')}`, 'en', {
          publishedAt: `2023-04-${String(1 + (i % 28)).padStart(2, '0')}`,
          body: [timeline('tl', ['e', `2023-04-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`])],
        }),
      ),
    );
    const { months, monthPage, paths } = indexed(busy);
    expect(months()).toEqual([{ month: '2023-04', count: 120 }]);
    expect(paths.filter((path) => path.startsWith('data/timeline/2023-04/')).sort()).toEqual([
      'data/timeline/2023-04/1.json',
      'data/timeline/2023-04/2.json',
      'data/timeline/2023-04/3.json',
    ]);
    const pages = [1, 2, 3].map((page) => monthPage('2023-04', page));
    expect(pages.map(({ month, page, entries }) => [month, page, entries.length])).toEqual([
      ['2023-04', 1, TIMELINE_PAGE_SIZE],
      ['2023-04', 2, TIMELINE_PAGE_SIZE],
      ['2023-04', 3, 120 - 2 * TIMELINE_PAGE_SIZE],
    ]);
    const days = pages.flatMap((page) => page.entries.map((entry) => entry.date));
    expect(days).toEqual([...days].sort());
  });

  it('gives an empty corpus no months and no month files', () => {
    const { months, paths } = indexed(new Map());
    expect(months()).toEqual([]);
    expect(paths.filter((path) => path.startsWith('data/timeline/'))).toEqual(['data/timeline/months.json']);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('the names a file carries', () => {
  it('is the people and awards the page shows, as entities.json names them, and no others', () => {
    const { quotes, bySpeaker, summary, grants, person, files } = indexed(
      articlesOf(
        version('a', 'en', {
          publishedAt: '2023-04-01',
          body: [
            quote('q1', 'ana'),
            quote('q2', { name: 'Someone' }),
            awards('aw', { award: 'zeta-medal', recipients: ['bek', { name: 'A class' }] }),
          ],
        }),
        version('b', 'en', {
          publishedAt: '2023-04-02',
          body: [quote('q1', 'bek'), awards('aw', { award: 'alpha-order', degree: 2, recipients: ['ana'] })],
        }),
      ),
    );
    const { ana, bek, silent } = ENTITIES.people;
    const { 'zeta-medal': zeta, 'alpha-order': alpha } = ENTITIES.awards;
    expect(quotes().entities).toEqual({ people: { ana, bek }, awards: {} });
    expect(bySpeaker('bek').entities).toEqual({ people: { bek }, awards: {} });
    expect(bySpeaker('silent').entities).toEqual({ people: {}, awards: {} });
    expect(summary().entities).toEqual({ people: { ana, bek }, awards: { 'zeta-medal': zeta, 'alpha-order': alpha } });
    expect(grants('zeta-medal', 0).entities).toEqual({ people: { bek }, awards: { 'zeta-medal': zeta } });
    expect(grants('alpha-order', 2).entities).toEqual({ people: { ana }, awards: { 'alpha-order': alpha } });
    expect(person('silent').entities).toEqual({ people: { silent }, awards: {} });
    expect((files.get('data/quotes/speakers.json') as Speakers).entities).toEqual({ people: { ana, bek }, awards: {} });
  });
});

describe('people', () => {
  it('gives every registered person a page, also someone nobody quotes or awards', () => {
    const { person, paths } = indexed(articlesOf(version('a', 'en', { body: [quote('q', 'ana')] })));
    expect(person('silent')).toEqual({
      id: 'silent',
      quoteCount: 0,
      quotes: [],
      articleCount: 0,
      articles: [],
      entities: { people: { silent: ENTITIES.people.silent }, awards: {} },
    });
    expect(paths.filter((path) => path.startsWith('data/people/'))).toEqual([
      'data/people/ana.json',
      'data/people/bek.json',
      'data/people/silent.json',
    ]);
  });

  it('lists their quotes and, once each, the articles that quote them or award them by id, newest first', () => {
    const { person } = indexed(
      articlesOf(
        version('quoted-twice', 'en', { publishedAt: '2023-04-01', body: [quote('q1', 'ana'), quote('q2', 'ana'), quote('q3', 'bek')] }),
        version('awarded', 'en', { publishedAt: '2023-04-03', body: [awards('aw', { award: 'zeta-medal', recipients: ['ana'] })] }),
        version('awarded', 'kk', {
          translatedFrom: 'en',
          publishedAt: '2023-04-03',
          body: [awards('aw', { award: 'zeta-medal', recipients: ['ana'] })],
        }),
        // Named in place, not by id: not this person as far as the index can tell.
        version('named', 'en', { publishedAt: '2023-04-04', body: [quote('q', { name: 'Ana' })] }),
        version('both', 'ru', {
          publishedAt: '2023-04-02',
          body: [quote('q', 'ana'), awards('aw', { award: 'alpha-order', degree: 1, recipients: ['ana'] })],
        }),
      ),
    );
    const ana = person('ana');
    expect(ana.quoteCount).toBe(3);
    expect(quoteKeys(ana.quotes)).toEqual(['both#q', 'quoted-twice#q1', 'quoted-twice#q2']);
    expect(ana.articleCount).toBe(3);
    expect(ana.articles).toEqual([
      { articleId: 'awarded', original: 'en', publishedAt: '2023-04-03', headlines: { en: 'awarded en', kk: 'awarded kk' } },
      { articleId: 'both', original: 'ru', publishedAt: '2023-04-02', headlines: { ru: 'both ru' } },
      { articleId: 'quoted-twice', original: 'en', publishedAt: '2023-04-01', headlines: { en: 'quoted-twice en' } },
    ]);
    expect(person('bek')).toMatchObject({ quoteCount: 1, articleCount: 1 });
  });

  it(`keeps the ${PERSON_QUOTES} newest quotes and ${PERSON_ARTICLES} newest articles, and counts them all`, () => {
    // 60 articles; each of the last 30 quotes her twice, each of the first 30 awards her.
    const { person } = indexed(
      manyArticles(60, (i) =>
        i >= 30 ? [quote('q1', 'ana'), quote('q2', 'ana')] : [awards('aw', { award: 'zeta-medal', recipients: ['ana'] })],
      ),
    );
    const ana = person('ana');
    expect([ana.quoteCount, ana.quotes.length, ana.articleCount, ana.articles.length]).toEqual([60, PERSON_QUOTES, 60, PERSON_ARTICLES]);
    expect(quoteKeys(ana.quotes).slice(0, 3)).toEqual(['article-060#q1', 'article-060#q2', 'article-059#q1']);
    expect(ana.articles.at(-1)!.articleId).toBe('article-011');
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('indexFiles on a generated corpus', () => {
  const corpus = generateCorpus({ count: 300 });
  const articles = new Map<string, ArticleFile[]>();
  for (const article of corpus.articles)
    articles.set(article.id, [
      ...(articles.get(article.id) ?? []),
      { file: `public/articles/${article.id}/${article.lang}.json`, article },
    ]);
  const index = indexed(articles, corpus.entities);

  it('emits only files the app accepts, with bounded lists', () => {
    // indexed() has validated every file; here the sizes.
    for (const [path, data] of index.files) {
      const record = data as Record<string, unknown>;
      if (Array.isArray(record.items)) expect(record.items.length, path).toBeLessThanOrEqual(Math.max(QUOTES_PAGE_SIZE, AWARDS_PAGE_SIZE));
      if (Array.isArray(record.versions)) expect(record.versions.length, path).toBeLessThanOrEqual(2);
      if (path.startsWith('data/people/')) {
        expect((record as unknown as PersonIndex).quotes.length).toBeLessThanOrEqual(PERSON_QUOTES);
        expect((record as unknown as PersonIndex).articles.length).toBeLessThanOrEqual(PERSON_ARTICLES);
      }
    }
  });

  it('indexes every quote, award item and timeline event exactly once', () => {
    const originals = [...articles.values()].map(
      (versions) => (versions.find((v) => v.article.translatedFrom === null) ?? versions[0]!).article,
    );
    const blocks = originals.flatMap((article) => article.body);
    const quoteBlocks = blocks.filter((block) => block.type === 'quote');
    const awardItems = blocks.flatMap((block) => (block.type === 'awards' ? block.items : []));
    const events = blocks.flatMap((block) => (block.type === 'timeline' ? block.events : []));
    expect(quoteBlocks.length).toBeGreaterThan(100);
    expect(awardItems.length).toBeGreaterThan(50);

    expect(index.quotes().total).toBe(quoteBlocks.length);
    const speakerTotal = index.speakers().reduce((sum, { count }) => sum + count, 0);
    expect(speakerTotal).toBe(quoteBlocks.filter((block) => typeof block.speaker === 'string').length);
    expect(index.summary().groups.reduce((sum, { count }) => sum + count, 0)).toBe(awardItems.length);
    expect(index.months().reduce((sum, { count }) => sum + count, 0)).toBe(articles.size + events.length);
    for (const id of Object.keys(corpus.entities.people)) expect(index.files.has(`data/people/${id}.json`)).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify([...indexFiles(indexedEntries(articles, corpus.entities), corpus.entities)])).toBe(
      JSON.stringify([...index.files]),
    );
  });
});
