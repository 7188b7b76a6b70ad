// The one content schema: the build, the content check and the app's query functions all validate with it.
import * as v from 'valibot';
import { oneLine } from './one-line.ts';

export const LANGS = ['en', 'kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** A real calendar date, or a date-time that states its offset (never a bare local time). */
export const isIsoDateValue = (value: string): boolean => {
  const match = ISO_DATE.exec(value.slice(0, 10));
  if (!match || !(value.length === 10 || ISO_DATE_TIME.test(value))) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * Bidirectional embedding and override controls can make text display in another order than it reads
 * (a spoofing trick); Kazakh, Russian and English text never needs them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Longer than any real paragraph; stops a runaway file from freezing a reader's browser. */
const MAX_TEXT = 20_000;

// Text is kept exactly as written (no trimming): only text that is all white space is refused.
const Text = v.pipe(
  v.string('a string'),
  v.minLength(1, 'non-empty text'),
  v.maxLength(MAX_TEXT, `text of at most ${MAX_TEXT} characters`),
  v.check((text) => text.trim().length > 0, 'non-empty text'),
  v.check((text) => !BIDI_CONTROLS.test(text), 'text without bidirectional control characters (U+202A–U+202E, U+2066–U+2069)'),
);
const Slug = v.pipe(
  v.string('a string'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lowercase a-z, 0-9 and single hyphens'),
  v.maxLength(120, 'an id of at most 120 characters'),
);
const IsoDate = v.pipe(
  v.string('a string'),
  v.check(isIsoDateValue, 'an ISO date (2023-04-27) or a date-time with offset (2023-04-27T11:00:00+05:00)'),
);
const HttpsUrl = v.pipe(v.string('a string'), v.url('an absolute URL'), v.startsWith('https://', 'an https: URL'));
const LangSchema = v.picklist(LANGS, 'one of en, kk, ru');

/** A person named in place, for someone not registered in entities.json. */
const NamedPerson = v.strictObject({ name: Text, role: v.optional(Text) });
const NamedRecipient = v.strictObject({ name: Text, description: v.optional(Text) });

const Paragraph = v.strictObject({ type: v.literal('paragraph'), text: Text });
const Heading = v.strictObject({ type: v.literal('heading'), text: Text, id: v.optional(Slug) });
const Quote = v.strictObject({
  type: v.literal('quote'),
  id: Slug,
  text: Text,
  speaker: v.union([Slug, NamedPerson], 'a person id or { name, role }'),
});
const AwardItem = v.strictObject({
  award: Slug,
  degree: v.optional(v.picklist([1, 2, 3], 'degree 1, 2 or 3')),
  recipients: v.optional(v.array(v.union([Slug, NamedRecipient], 'a person id or { name, description }'))),
  note: v.optional(Text),
});
const Awards = v.strictObject({
  type: v.literal('awards'),
  id: Slug,
  title: v.optional(Text),
  items: v.pipe(v.array(AwardItem), v.minLength(1, 'at least one award')),
});
const TimelineEvent = v.strictObject({ id: Slug, date: IsoDate, text: Text });
const Timeline = v.strictObject({
  type: v.literal('timeline'),
  id: Slug,
  title: v.optional(Text),
  events: v.pipe(v.array(TimelineEvent), v.minLength(1, 'at least one event')),
});

export const BlockSchema = v.variant(
  'type',
  [Paragraph, Heading, Quote, Awards, Timeline],
  'a block type: paragraph, heading, quote, awards or timeline',
);

export const ArticleSchema = v.strictObject({
  $schema: v.optional(v.string('a string')),
  id: Slug,
  lang: LangSchema,
  translatedFrom: v.nullable(LangSchema),
  publishedAt: IsoDate,
  updatedAt: v.nullable(IsoDate),
  headline: Text,
  summary: Text,
  source: v.optional(v.strictObject({ name: Text, url: HttpsUrl })),
  tags: v.array(Slug, 'an array of tag ids'),
  body: v.pipe(v.array(BlockSchema, 'an array of blocks'), v.minLength(1, 'at least one block')),
});

/** A name in every language; English is required, the others fall back to it (and the build warns). */
const Names = v.strictObject({ en: Text, kk: v.optional(Text), ru: v.optional(Text) });

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
export type Block = v.InferOutput<typeof BlockSchema>;
export type QuoteBlock = v.InferOutput<typeof Quote>;
export type AwardsBlock = v.InferOutput<typeof Awards>;
export type TimelineBlock = v.InferOutput<typeof Timeline>;
export type Entities = v.InferOutput<typeof EntitiesSchema>;
export type ShownEntities = v.InferOutput<typeof ShownEntitiesSchema>;
export type Names = v.InferOutput<typeof Names>;

export interface ContentProblem {
  /** JSON path in the form `body[3].speaker`; empty for the document itself. */
  path: string;
  message: string;
}

export const formatPath = (path: readonly (string | number)[]): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? out
            ? `${out}.${key}`
            : key
          : `${out}[${oneLine(JSON.stringify(key))}]`,
    '',
  );

const TYPE_NAMES: Record<string, string> = {
  Object: 'an object',
  Array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};
const MAX_SHOWN = 80;

/** Quoted content, shortened, on one line (see oneLine). */
const show = (value: string): string => oneLine(JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value));

/** One problem as an editor reads it: where, what was expected, what was found. */
const describe = (issue: v.BaseIssue<unknown>): ContentProblem => {
  const path = formatPath((issue.path ?? []).map((item) => item.key as string | number));
  const objectIssue = issue.type === 'strict_object' || issue.type === 'object';
  let expected: string;
  if (objectIssue && issue.expected === 'never') expected = 'a known key';
  else if (objectIssue && issue.received === 'undefined' && issue.path) expected = `the required key ${issue.expected}`;
  else if (issue.message.startsWith('Invalid ')) expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'something else';
  else expected = issue.message;
  let received: string;
  if (issue.received === 'undefined') received = 'nothing';
  else if (issue.type === 'min_length') received = 'an empty value';
  else if (objectIssue && issue.expected === 'never') received = oneLine(issue.received);
  else if (typeof issue.input === 'string') received = show(issue.input);
  else received = TYPE_NAMES[issue.received] ?? issue.received;
  return { path, message: `expected ${expected}, received ${received}` };
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

const parseWith =
  <S extends v.GenericSchema>(schema: S) =>
  (input: unknown): Parsed<v.InferOutput<S>> => {
    // One problem per field: the first rule a value breaks is the one to fix.
    const result = v.safeParse(schema, input, { abortPipeEarly: true });
    return result.success ? { ok: true, value: result.output } : { ok: false, problems: result.issues.map(describe) };
  };

export const parseArticle = parseWith(ArticleSchema);
export const parseEntities = parseWith(EntitiesSchema);

// Derived data, written by the build from the article files and validated by the app like any response.
// Text that differs per language version is kept per language (`PerLang`); the page picks the interface
// language's, else the original's.

const perLang = <S extends v.GenericSchema>(schema: S) =>
  v.object({ en: v.optional(schema), kk: v.optional(schema), ru: v.optional(schema) });

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
});

const ListedVersion = v.object({ headline: Text, summary: Text });

/** One page of the latest-articles list, newest first. */
export const LatestPageSchema = v.object({
  page: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageCount: v.pipe(v.number(), v.integer(), v.minValue(1)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  items: v.array(
    v.object({
      id: Slug,
      publishedAt: IsoDate,
      original: LangSchema,
      versions: v.object({ en: v.optional(ListedVersion), kk: v.optional(ListedVersion), ru: v.optional(ListedVersion) }),
    }),
  ),
});

export type ArticleVersions = v.InferOutput<typeof ArticleVersionsSchema>;
/** An article linked from another one: its address, date and headline in each version. */
export type ArticleLink = NonNullable<ArticleVersions['newer']>;
export type LatestPage = v.InferOutput<typeof LatestPageSchema>;
export type LatestItem = LatestPage['items'][number];

export const parseArticleVersions = parseWith(ArticleVersionsSchema);
export const parseLatestPage = parseWith(LatestPageSchema);

// Cross-article indexes (quotes, awards, timeline, people), also derived by the build.

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const PageNumber = v.pipe(v.number(), v.integer(), v.minValue(1));
const pageOf = <S extends v.GenericSchema>(item: S) =>
  v.object({ page: PageNumber, pageCount: PageNumber, total: Count, items: v.array(item), entities: ShownEntitiesSchema });

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

/** The months that have entries, newest first, so the timeline loads one month at a time. */
export const TimelineMonthsSchema = v.object({
  months: v.array(v.object({ month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)), count: Count })),
});
/** One page of a month's entries, in the order the page shows them; a busy month has several. */
export const TimelineMonthSchema = v.object({
  month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)),
  page: PageNumber,
  pageCount: PageNumber,
  total: Count,
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

export const QuotesPageSchema = pageOf(QuoteEntrySchema);
export const AwardGrantsPageSchema = pageOf(AwardGrantSchema);

export type PerLang<T> = Partial<Record<Lang, T>>;
export type QuoteEntry = v.InferOutput<typeof QuoteEntrySchema>;
export type AwardGrant = v.InferOutput<typeof AwardGrantSchema>;
export type AwardsSummary = v.InferOutput<typeof AwardsSummarySchema>;
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>;
export type TimelineMonths = v.InferOutput<typeof TimelineMonthsSchema>;
export type TimelineMonth = v.InferOutput<typeof TimelineMonthSchema>;
export type Speakers = v.InferOutput<typeof SpeakersSchema>;
export type PersonIndex = v.InferOutput<typeof PersonIndexSchema>;
export type QuotesPage = v.InferOutput<typeof QuotesPageSchema>;
export type AwardGrantsPage = v.InferOutput<typeof AwardGrantsPageSchema>;

export const parseQuotesPage = parseWith(QuotesPageSchema);
export const parseAwardsSummary = parseWith(AwardsSummarySchema);
export const parseAwardGrantsPage = parseWith(AwardGrantsPageSchema);
export const parseTimelineMonths = parseWith(TimelineMonthsSchema);
export const parseTimelineMonth = parseWith(TimelineMonthSchema);
export const parseSpeakers = parseWith(SpeakersSchema);
export const parsePersonIndex = parseWith(PersonIndexSchema);
