// Cross-article indexes (quotes, awards, timeline, people): every article is read once, newest first, and
// its language versions are merged into one entry per quote, award item and timeline event. Lists come out
// of that pass already in order, so only the timeline months need sorting. Lists that grow with the corpus are
// paged, the rest are capped or grow only with the number of people and awards; a timeline month is paged
// too, since a busy month grows with the articles published in it.
import type {
  Article,
  AwardGrant,
  AwardsSummary,
  Entities,
  PerLang,
  PersonIndex,
  QuoteEntry,
  ShownEntities,
  Speakers,
  TimelineEntry,
  TimelineMonthPage,
  TimelineMonths,
} from '../../src/content/schema.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { eventInstant } from '../../src/shared/format/format-date.ts';
import { toCalendarDate } from '../../src/shared/format/format-date.ts';
import { dataFiles, write, type DataFile, type DataFileMap } from '../../src/content/data-files.ts';
import type { ListHead, ListPart } from '../../src/content/paged-list.ts';
import type { ArticleFile } from './load.ts';
import { storeList, versionsOf, type StoredList } from './stored-list.ts';

export const QUOTES_PAGE_SIZE = 20;
export const AWARDS_PAGE_SIZE = 20;
/** Grants shown with each award and degree on the awards page. */
export const SUMMARY_LATEST = 5;
export const PERSON_QUOTES = 20;
export const PERSON_ARTICLES = 50;
/** Entries on one page of a timeline month (a page of 50 is about 30 KB). */
export const TIMELINE_PAGE_SIZE = 50;

/** Where an indexed item comes from (the fields every index entry starts with). */
export interface Source {
  articleId: string;
  original: Lang;
  publishedAt: string;
  headlines: PerLang<string>;
}

/** One article ready for indexing: its source, the instant it was published and its versions, original first. */
export interface IndexedArticle {
  source: Source;
  instant: number;
  versions: Article[];
}

/** A list whose pages carry the names of the people and awards on them. */
export type ShownList<T> = StoredList<ListHead<T> & { entities: ShownEntities }, ListPart<T> & { entities: ShownEntities }>;

/**
 * The people and awards of `entities` among `people` and `awards` (in id order), so that a page needs its
 * file and no other: the whole entities.json grows with every person the site names.
 */
export const shownEntities = (entities: Entities, people: Iterable<string>, awards: Iterable<string> = []): ShownEntities => {
  const pick = <T>(all: Record<string, T>, ids: Iterable<string>): Record<string, T> => {
    const picked: Record<string, T> = {};
    for (const id of [...new Set(ids)].sort(compareIds)) if (Object.hasOwn(all, id)) picked[id] = all[id]!;
    return picked;
  };
  return { people: pick(entities.people, people), awards: pick(entities.awards, awards) };
};

const speakersOf = (quotes: readonly QuoteEntry[]): string[] =>
  quotes.flatMap(({ speakerId }) => (speakerId === undefined ? [] : [speakerId]));
const recipientsOf = (grants: readonly AwardGrant[]): string[] =>
  grants.flatMap(({ recipients }) =>
    Object.values(recipients).flatMap((list) => list.flatMap((recipient) => ('id' in recipient ? [recipient.id] : []))),
  );

type Recipient = NonNullable<AwardGrant['recipients'][Lang]>[number];
type Degree = AwardGrant['degree'];
type SpeakerName = { name: string; role?: string };

/** Ids in code-point order: the same on every machine, whatever its locale data. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first by the instant the dates mean; the same instant by id. */
export const newestFirst = (a: { instant: number; id: string }, b: { instant: number; id: string }): number =>
  b.instant - a.instant || compareIds(a.id, b.id);

/** The version that is neither a translation nor a conversion (else the first one): its `publishedAt` and block order count. */
export const originalVersion = (versions: readonly ArticleFile[]): Article =>
  (versions.find(({ article }) => article.translatedFrom === null && !article.transliteratedFrom) ?? versions[0]!).article;

/** Every article with its source and its versions (original first), newest first. */
export const indexedArticles = (articles: Map<string, ArticleFile[]>): IndexedArticle[] => {
  const out: (IndexedArticle & { id: string })[] = [];
  for (const [id, files] of articles) {
    if (!files.length) continue;
    const original = originalVersion(files);
    const versions = [original, ...files.map(({ article }) => article).filter((article) => article !== original)];
    const headlines: PerLang<string> = {};
    for (const { lang, headline } of versions) headlines[lang] = headline;
    out.push({
      id,
      instant: eventInstant(original.publishedAt),
      source: { articleId: id, original: original.lang, publishedAt: original.publishedAt, headlines },
      versions,
    });
  }
  return out.sort(newestFirst).map(({ source, instant, versions }) => ({ source, instant, versions }));
};

/** Every article newest first, with what it adds to the indexes. */
export const indexedEntries = (articles: Map<string, ArticleFile[]>, entities: Entities): [IndexedArticle, ArticleEntries][] =>
  indexedArticles(articles).map((article) => [article, articleEntries(article, entities)]);

const speakerName = (name: string, role: string | undefined): SpeakerName => (role === undefined ? { name } : { name, role });

/**
 * Who said a quote: the person's id when every version names the same registered person, else the name each
 * version gives (a version that names a person by id there gets the person's name and role in its language).
 */
export const quoteSpeaker = (
  speakers: readonly { lang: Lang; speaker: string | SpeakerName }[],
  entities: Entities,
): Pick<QuoteEntry, 'speakerId' | 'speakerNames'> => {
  const first = speakers[0]?.speaker;
  if (typeof first === 'string' && speakers.every(({ speaker }) => speaker === first)) return { speakerId: first };
  const speakerNames: PerLang<SpeakerName> = {};
  for (const { lang, speaker } of speakers) {
    if (typeof speaker === 'object') speakerNames[lang] = speakerName(speaker.name, speaker.role);
    else {
      const person = entities.people[speaker];
      if (person) speakerNames[lang] = speakerName(person.name[lang] ?? person.name.en, person.role?.[lang] ?? person.role?.en);
    }
  }
  return { speakerNames };
};

const recipient = (value: string | { name: string; description?: string }): Recipient =>
  typeof value === 'string'
    ? { id: value }
    : value.description === undefined
      ? { name: value.name }
      : { name: value.name, description: value.description };

/** What one article adds to the indexes, its versions merged. */
export interface ArticleEntries {
  /** One per quote block, with every version's text, in the original's block order. */
  quotes: QuoteEntry[];
  /** One per awards block and item position, with every version's recipients and note; award and degree are the original's. */
  grants: AwardGrant[];
  /** The article's own entry (its publication), then one per timeline event, in the editor's order. */
  timeline: TimelineEntry[];
  /** The people the article quotes or awards by id, in any version. */
  people: Set<string>;
  /** The awards it gives, in any version. */
  awards: Set<string>;
}

/**
 * Everything one article adds to the indexes, in one pass over its blocks. Versions are read original first,
 * so the original decides the order of the entries and, where versions disagree, the award, degree and date.
 */
export const articleEntries = ({ source, versions }: IndexedArticle, entities: Entities): ArticleEntries => {
  const { articleId, original, publishedAt, headlines } = source;
  const quotes = new Map<string, { texts: PerLang<string>; speakers: { lang: Lang; speaker: string | SpeakerName }[] }>();
  const grants = new Map<string, AwardGrant[]>();
  const grantList: AwardGrant[] = [];
  const timeline: TimelineEntry[] = [{ articleId, original, publishedAt, headlines, kind: 'article', date: publishedAt, texts: headlines }];
  const events = new Map<string, TimelineEntry>();
  const people = new Set<string>();
  const awards = new Set<string>();
  for (const { lang, body } of versions) {
    for (const block of body) {
      if (block.type === 'quote') {
        let quote = quotes.get(block.id);
        if (!quote) quotes.set(block.id, (quote = { texts: {}, speakers: [] }));
        quote.texts[lang] = block.text;
        quote.speakers.push({ lang, speaker: block.speaker });
        if (typeof block.speaker === 'string') people.add(block.speaker);
      } else if (block.type === 'awards') {
        let items = grants.get(block.id);
        if (!items) grants.set(block.id, (items = []));
        for (let index = 0; index < block.items.length; index++) {
          const item = block.items[index]!;
          awards.add(item.award);
          let grant = items[index];
          if (!grant) {
            grant = {
              articleId,
              original,
              publishedAt,
              headlines,
              blockId: block.id,
              award: item.award,
              degree: item.degree ?? null,
              recipients: {},
              notes: {},
            };
            items[index] = grant;
            grantList.push(grant);
          }
          const recipients = item.recipients ?? [];
          grant.recipients[lang] = recipients.map(recipient);
          for (const r of recipients) if (typeof r === 'string') people.add(r);
          if (item.note !== undefined) grant.notes[lang] = item.note;
        }
      } else if (block.type === 'timeline') {
        for (const event of block.events) {
          let entry = events.get(event.id);
          if (!entry) {
            entry = { articleId, original, publishedAt, headlines, kind: 'event', date: event.date, eventId: event.id, texts: {} };
            events.set(event.id, entry);
            timeline.push(entry);
          }
          entry.texts[lang] = event.text;
        }
      }
    }
  }
  return {
    quotes: Array.from(quotes, ([blockId, { texts, speakers }]) => ({
      articleId,
      original,
      publishedAt,
      headlines,
      blockId,
      ...quoteSpeaker(speakers, entities),
      texts,
    })),
    grants: grantList,
    timeline,
    people,
    awards,
  };
};

/** `YYYY-MM` of the calendar date as written: `2023-04-30T23:30:00+06:00` is April in every time zone. */
export const monthOf = (iso: string): string => {
  const { year, month } = toCalendarDate(iso);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
};

/** `items` cut into pages of `size`, in order. */
const pagesOf = <T>(items: readonly T[], size: number): T[][] => {
  const pages: T[][] = [];
  for (let first = 0; first < items.length; first += size) pages.push(items.slice(first, first + size));
  return pages;
};

export interface QuoteIndexes {
  all: ShownList<QuoteEntry>;
  /** Lists by speaker id: every registered person has at least an empty one, so any filter link works. */
  bySpeaker: Map<string, ShownList<QuoteEntry>>;
  speakers: Speakers;
}

/** Quote pages, overall and by registered speaker, from quotes already newest first. */
export const quoteIndexes = (quotes: readonly QuoteEntry[], entities: Entities, pageSize = QUOTES_PAGE_SIZE): QuoteIndexes => {
  const bySpeaker = new Map<string, QuoteEntry[]>(Object.keys(entities.people).map((id) => [id, []]));
  for (const quote of quotes) {
    if (quote.speakerId === undefined) continue;
    let list = bySpeaker.get(quote.speakerId);
    if (!list) bySpeaker.set(quote.speakerId, (list = []));
    list.push(quote);
  }
  const speakers = [...bySpeaker]
    .filter(([, list]) => list.length > 0)
    .map(([id, list]) => ({ id, count: list.length }))
    .sort((a, b) => b.count - a.count || compareIds(a.id, b.id));
  const store = (list: readonly QuoteEntry[]) =>
    storeList(list, pageSize, (items) => ({ entities: shownEntities(entities, speakersOf(items)) }));
  return {
    all: store(quotes),
    bySpeaker: new Map(Array.from(bySpeaker, ([id, list]) => [id, store(list)])),
    speakers: {
      speakers,
      entities: shownEntities(
        entities,
        speakers.map(({ id }) => id),
      ),
    },
  };
};

export interface AwardGroup {
  award: string;
  degree: Degree;
  list: ShownList<AwardGrant>;
}

/**
 * Grants grouped by award and degree, in the order entities.json lists the awards, then by degree (none
 * last); `grants` are newest first and stay so in every group.
 */
export const awardIndexes = (
  grants: readonly AwardGrant[],
  entities: Entities,
  pageSize = AWARDS_PAGE_SIZE,
): { summary: AwardsSummary; groups: AwardGroup[] } => {
  const groups = new Map<string, { award: string; degree: Degree; grants: AwardGrant[] }>();
  for (const grant of grants) {
    const key = `${grant.award}/${grant.degree ?? 0}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { award: grant.award, degree: grant.degree, grants: [] }));
    group.grants.push(grant);
  }
  const rank = new Map(Object.keys(entities.awards).map((id, index) => [id, index]));
  const awardOrder = (a: string, b: string) =>
    (rank.get(a) ?? Number.POSITIVE_INFINITY) - (rank.get(b) ?? Number.POSITIVE_INFINITY) || compareIds(a, b);
  const sorted = [...groups.values()].sort((a, b) => awardOrder(a.award, b.award) || (a.degree ?? 4) - (b.degree ?? 4));
  const summary = sorted.map(({ award, degree, grants }) => ({
    award,
    degree,
    count: grants.length,
    latest: grants.slice(0, SUMMARY_LATEST),
  }));
  return {
    summary: {
      groups: summary,
      entities: shownEntities(
        entities,
        summary.flatMap(({ latest }) => recipientsOf(latest)),
        summary.map(({ award }) => award),
      ),
    },
    groups: sorted.map(({ award, degree, grants }) => ({
      award,
      degree,
      list: storeList(grants, pageSize, (items) => ({ entities: shownEntities(entities, recipientsOf(items), [award]) })),
    })),
  };
};

/** `YYYY-MM-DD` of the calendar date as written, whatever its offset. */
const dayOf = (iso: string): string => {
  const { year, month, day } = toCalendarDate(iso);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * The timeline by month, months newest first, each month in pages of `pageSize`. Inside a month entries
 * are in the order the page shows them: by the day as written, then by the instant they state (a date
 * alone as the start of its day); on the same instant an article's own entry comes before its events and
 * events keep the editor's order. `entries` holds each article's entries together, article first.
 */
export const timelineIndexes = (
  entries: readonly TimelineEntry[],
  pageSize = TIMELINE_PAGE_SIZE,
): { months: TimelineMonths; byMonth: { month: string; pages: TimelineMonthPage[] }[] } => {
  const months = new Map<string, { entry: TimelineEntry; day: string; instant: number; seq: number }[]>();
  let seq = 0;
  let articleId = '';
  for (const entry of entries) {
    seq = entry.articleId === articleId ? seq + 1 : 0;
    articleId = entry.articleId;
    const month = monthOf(entry.date);
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push({ entry, day: dayOf(entry.date), instant: eventInstant(entry.date), seq });
  }
  const byMonth = [...months]
    .sort(([a], [b]) => compareIds(b, a))
    .map(([month, list]) => ({
      month,
      entries: list
        .sort(
          (a, b) => compareIds(a.day, b.day) || a.instant - b.instant || compareIds(a.entry.articleId, b.entry.articleId) || a.seq - b.seq,
        )
        .map(({ entry }) => entry),
    }));
  const stored = byMonth.map(({ month, entries }) => ({
    month,
    count: entries.length,
    pages: pagesOf(entries, pageSize).map((items, index) => ({ month, page: index + 1, entries: items })),
  }));
  return {
    months: {
      pageSize,
      months: stored.map(({ month, count, pages }) => ({ month, count, version: versionsOf(pages, pages.length)[0]! })),
    },
    byMonth: stored.map(({ month, pages }) => ({ month, pages })),
  };
};

/**
 * One page per person in entities.json (also for people nobody quotes): their newest quotes and the newest
 * articles that quote or award them, with the full counts. Both inputs are newest first.
 */
export const personIndexes = (
  quotes: readonly QuoteEntry[],
  mentions: readonly { source: Source; people: ReadonlySet<string> }[],
  entities: Entities,
): PersonIndex[] => {
  const people = new Map<string, PersonIndex>(
    Object.keys(entities.people).map((id) => [
      id,
      { id, quoteCount: 0, quotes: [], articleCount: 0, articles: [], entities: shownEntities(entities, [id]) },
    ]),
  );
  for (const quote of quotes) {
    const person = quote.speakerId === undefined ? undefined : people.get(quote.speakerId);
    if (!person) continue;
    if (person.quotes.length < PERSON_QUOTES) person.quotes.push(quote);
    person.quoteCount++;
  }
  for (const { source, people: ids } of mentions) {
    for (const id of ids) {
      const person = people.get(id);
      if (!person) continue;
      if (person.articles.length < PERSON_ARTICLES) person.articles.push(source);
      person.articleCount++;
    }
  }
  return [...people.values()];
};

/** Writes a stored list's head and parts. */
const writeList = <A extends unknown[], H, P>(
  files: DataFileMap,
  list: { head: DataFile<A, H>; part: DataFile<[...A, number], P> },
  { head, parts }: StoredList<H, P>,
  ...args: A
): void => {
  write(files, list.head, head, ...args);
  parts.forEach((part, number) => write(files, list.part, part, ...args, number));
};

/**
 * Every index file, by its path under the site root (without the leading slash), from the articles newest
 * first with what each adds to the indexes (`indexedArticles`, `articleEntries`).
 */
export const indexFiles = (indexed: readonly (readonly [IndexedArticle, ArticleEntries])[], entities: Entities): DataFileMap => {
  const quotes: QuoteEntry[] = [];
  const grants: AwardGrant[] = [];
  const timeline: TimelineEntry[] = [];
  const mentions: { source: Source; people: Set<string> }[] = [];
  for (const [article, entries] of indexed) {
    for (const quote of entries.quotes) quotes.push(quote);
    for (const grant of entries.grants) grants.push(grant);
    for (const entry of entries.timeline) timeline.push(entry);
    mentions.push({ source: article.source, people: entries.people });
  }

  const files: DataFileMap = new Map();
  const quoteIndex = quoteIndexes(quotes, entities);
  writeList(files, dataFiles.quotes, quoteIndex.all);
  write(files, dataFiles.speakers, quoteIndex.speakers);
  for (const [id, list] of quoteIndex.bySpeaker) writeList(files, dataFiles.quotesBySpeaker, list, id);

  const awardIndex = awardIndexes(grants, entities);
  write(files, dataFiles.awardsSummary, awardIndex.summary);
  for (const { award, degree, list } of awardIndex.groups) writeList(files, dataFiles.awardGrants, list, award, degree);

  const timelineIndex = timelineIndexes(timeline);
  write(files, dataFiles.timelineMonths, timelineIndex.months);
  for (const { month, pages } of timelineIndex.byMonth)
    for (const page of pages) write(files, dataFiles.timelineMonth, page, month, page.page);

  for (const person of personIndexes(quotes, mentions, entities)) write(files, dataFiles.person, person, person.id);
  return files;
};
