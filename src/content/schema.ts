// The one content schema: the build, the content check and the app's query functions all validate with it.
import * as v from 'valibot';
import { parseWith } from '../shared/validation';
import { LANGS, type Lang } from '../shared/languages';
import { BlockSchema } from './blocks/registry';
import { Count, HttpsUrl, IsoDate, LangSchema, Slug, Text } from './fields';
import { VersionSchema, type ListPage } from './paged-list';

export const ArticleSchema = v.strictObject({
  $schema: v.optional(v.string('a string')),
  id: Slug,
  lang: LangSchema,
  /** An imported article is a `draft` until an editor has checked it; absent or `ready` is published. */
  status: v.optional(v.picklist(['draft', 'ready'], 'draft or ready')),
  translatedFrom: v.nullable(LangSchema),
  /** Written by the build on a version it converted from another edition's (kk-Latn from kk): never by editors. */
  transliteratedFrom: v.optional(LangSchema),
  publishedAt: IsoDate,
  updatedAt: v.nullable(IsoDate),
  headline: Text,
  summary: Text,
  source: v.optional(v.strictObject({ name: Text, url: HttpsUrl })),
  tags: v.array(Slug, 'an array of tag ids'),
  body: v.pipe(v.array(BlockSchema, 'an array of blocks'), v.minLength(1, 'at least one block')),
});

/** A schema for an object with an optional value for each language. */
const perLang = <S extends v.GenericSchema>(schema: S) =>
  v.object(Object.fromEntries(LANGS.map((lang) => [lang, v.optional(schema)])) as { [K in Lang]: v.OptionalSchema<S, undefined> });

/** A name in every language; English is required, the others fall back to it (and the build warns). */
const Names = v.strictObject({ ...perLang(Text).entries, en: Text });

const People = v.record(Slug, v.strictObject({ name: Names, role: v.optional(Names) }));
const AwardEntities = v.record(
  Slug,
  v.strictObject({
    kind: v.picklist(['order', 'medal', 'title', 'prize', 'other'], 'order, medal, title, prize or other'),
    name: Names,
    degrees: v.optional(v.array(v.picklist([1, 2, 3], 'degree 1, 2 or 3'))),
  }),
);

export const EntitiesSchema = v.strictObject({
  $schema: v.optional(v.string('a string')),
  people: People,
  organizations: v.record(Slug, v.strictObject({ name: Names })),
  awards: AwardEntities,
});

/** The people and awards of entities.json that a derived file shows: its page needs no other names. */
export const ShownEntitiesSchema = v.strictObject({ people: People, awards: AwardEntities });

export type Article = v.InferOutput<typeof ArticleSchema>;
export type { Block } from './blocks/registry';
export type Entities = v.InferOutput<typeof EntitiesSchema>;
export type ShownEntities = v.InferOutput<typeof ShownEntitiesSchema>;
export type Names = v.InferOutput<typeof Names>;

export const parseArticle = parseWith(ArticleSchema);
export const parseEntities = parseWith(EntitiesSchema);

// Derived data, written by the build from the article files and validated by the app like any response.
// Text that differs per language version is kept per language (`PerLang`); the page picks the interface
// language's, else the original's.

/** Where an indexed item comes from: the article, and its original language. */
const Source = { articleId: Slug, original: LangSchema, publishedAt: IsoDate, headlines: perLang(Text) };

/**
 * Which language versions of one article exist, and which one is the original; and the articles published
 * just before and after it (in the order of the latest-articles list), absent at either end of the list.
 */
export const ArticleVersionsSchema = v.object({
  id: Slug,
  publishedAt: IsoDate,
  original: LangSchema,
  versions: v.pipe(v.array(LangSchema), v.minLength(1, 'at least one version')),
  newer: v.optional(v.object(Source)),
  older: v.optional(v.object(Source)),
  /** The people and awards its versions name: the article page needs no other names. */
  entities: ShownEntitiesSchema,
});

const ListedVersion = v.object({ headline: Text, summary: Text });

/** An article in the latest-articles list (a paged list, src/content/paged-list.ts). */
export const LatestItemSchema = v.object({
  id: Slug,
  publishedAt: IsoDate,
  original: LangSchema,
  versions: perLang(ListedVersion),
});

export type ArticleVersions = v.InferOutput<typeof ArticleVersionsSchema>;
/** An article linked from another one: its address, date and headline in each version. */
export type ArticleLink = NonNullable<ArticleVersions['newer']>;
export type LatestItem = v.InferOutput<typeof LatestItemSchema>;

// Cross-article indexes (quotes, awards, timeline, people), also derived by the build.

const PageNumber = v.pipe(v.number(), v.integer(), v.minValue(1));

/** A quote with its article; `speakerId` for a registered person, else the name as each version writes it. */
export const QuoteEntrySchema = v.object({
  ...Source,
  blockId: Slug,
  speakerId: v.optional(Slug),
  speakerNames: v.optional(perLang(v.object({ name: Text, role: v.optional(Text) }))),
  texts: perLang(Text),
});

const RecipientSchema = v.union([v.object({ id: Slug }), v.object({ name: Text, description: v.optional(Text) })]);

/** One award given: which award and degree, to whom (per version), from which article. */
export const AwardGrantSchema = v.object({
  ...Source,
  blockId: Slug,
  award: Slug,
  degree: v.nullable(v.picklist([1, 2, 3])),
  recipients: perLang(v.array(RecipientSchema)),
  notes: perLang(Text),
});

/** The awards page: every award and degree given, with how often and the latest grants. */
export const AwardsSummarySchema = v.object({
  groups: v.array(v.object({ award: Slug, degree: v.nullable(v.picklist([1, 2, 3])), count: Count, latest: v.array(AwardGrantSchema) })),
  entities: ShownEntitiesSchema,
});

/** A timeline entry: an article (its publication) or a dated event inside one. */
export const TimelineEntrySchema = v.object({
  ...Source,
  kind: v.picklist(['article', 'event']),
  date: IsoDate,
  eventId: v.optional(Slug),
  texts: perLang(Text),
});

const YearMonth = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/));

/**
 * The months that have entries, newest first, so the timeline loads one month at a time: with how many
 * entries each, in pages of `pageSize`, and the version of its pages (a hash of their bytes, which their
 * addresses carry, so that they can be kept for good).
 */
export const TimelineMonthsSchema = v.object({
  pageSize: PageNumber,
  months: v.array(v.object({ month: YearMonth, count: Count, version: VersionSchema })),
});
/** One page of a month's entries, in the order the page shows them; a busy month has several. */
export const TimelineMonthSchema = v.object({
  month: YearMonth,
  page: PageNumber,
  entries: v.array(TimelineEntrySchema),
});

/** The people quoted, with how many quotes each, for the speaker filter. */
export const SpeakersSchema = v.object({ speakers: v.array(v.object({ id: Slug, count: Count })), entities: ShownEntitiesSchema });

/** A person's page: their latest quotes and the latest articles that quote or award them. */
export const PersonIndexSchema = v.object({
  id: Slug,
  quoteCount: Count,
  quotes: v.array(QuoteEntrySchema),
  articleCount: Count,
  articles: v.array(v.object(Source)),
  entities: ShownEntitiesSchema,
});

export type PerLang<T> = Partial<Record<Lang, T>>;
export type QuoteEntry = v.InferOutput<typeof QuoteEntrySchema>;
export type AwardGrant = v.InferOutput<typeof AwardGrantSchema>;
export type AwardsSummary = v.InferOutput<typeof AwardsSummarySchema>;
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;
export type TimelineMonths = v.InferOutput<typeof TimelineMonthsSchema>;
export type TimelineMonthPage = v.InferOutput<typeof TimelineMonthSchema>;
/** One page of a month as the timeline shows it, with the month's count from months.json. */
export type TimelineMonth = TimelineMonthPage & { pageCount: number; total: number };
export type Speakers = v.InferOutput<typeof SpeakersSchema>;
export type PersonIndex = v.InferOutput<typeof PersonIndexSchema>;
export type QuotesPage = ListPage<QuoteEntry>;
export type AwardGrantsPage = ListPage<AwardGrant>;
