// Every JSON file the app reads, each with its place on the site and the schema the app validates it with.
// The build writes derived files with `file` and `write`, the app fetches them with `url` and `parse`, so
// the two cannot disagree on where a file is or what it holds.
import type * as v from 'valibot';
import type { Lang } from '../shared/languages';
import {
  ArticleSchema,
  ArticleVersionsSchema,
  AwardGrantSchema,
  AwardsSummarySchema,
  EntitiesSchema,
  LatestItemSchema,
  PersonIndexSchema,
  QuoteEntrySchema,
  ShownEntitiesSchema,
  SpeakersSchema,
  TimelineMonthSchema,
  TimelineMonthsSchema,
} from './schema';
import { listHeadSchema, listPartSchema } from './paged-list';
import { parseWith, type Parsed } from '../shared/validation';

export interface DataFile<A extends unknown[], T> {
  /** Where the file is, under the site root, without the leading slash: `data/latest/1.json`. */
  file: (...args: A) => string;
  /** Where the app fetches it: `/data/latest/1.json`. */
  url: (...args: A) => string;
  parse: (input: unknown) => Parsed<T>;
}

export const dataFile = <A extends unknown[], S extends v.GenericSchema>(
  file: (...args: A) => string,
  schema: S,
): DataFile<A, v.InferOutput<S>> => ({ file, url: (...args) => `/${file(...args)}`, parse: parseWith(schema) });

/** Derived files by their path under the site root, as the build emits them. */
export type DataFileMap = Map<string, unknown>;

/** Adds a derived file to the build's output; its content must have the type its schema gives. */
export const write = <A extends unknown[], T>(out: DataFileMap, dataFile: DataFile<A, T>, content: T, ...args: A): void => {
  out.set(dataFile.file(...args), content);
};

/** An address with the version of the file's content, for files the servers let clients keep for good. */
export const versioned = (url: string, version: string | undefined): string => (version === undefined ? url : `${url}?v=${version}`);

/**
 * The files of a paged list (src/content/paged-list.ts) in `folder`: `head.json`, and `<n>.json` for part
 * `n` (from 0, at the oldest end).
 */
const pagedList = <A extends unknown[], S extends v.GenericSchema, E extends v.ObjectEntries>(
  folder: (...args: A) => string,
  item: S,
  extra: E,
) => ({
  head: dataFile((...args: A) => `${folder(...args)}/head.json`, listHeadSchema(item, extra)),
  part: dataFile(
    (...args: [...A, number]) => `${folder(...(args.slice(0, -1) as A))}/${args.at(-1) as number}.json`,
    listPartSchema(item, extra),
  ),
});

const id = (value: string) => encodeURIComponent(value);
const withNames = { entities: ShownEntitiesSchema };

export const dataFiles = {
  /** The content an editor writes. */
  article: dataFile((articleId: string, lang: Lang) => `articles/${id(articleId)}/${lang}.json`, ArticleSchema),
  entities: dataFile(() => 'entities.json', EntitiesSchema),
  /** Derived by the build. */
  articleVersions: dataFile((articleId: string) => `data/articles/${id(articleId)}.json`, ArticleVersionsSchema),
  latest: pagedList(() => 'data/latest', LatestItemSchema, {}),
  quotes: pagedList(() => 'data/quotes/all', QuoteEntrySchema, withNames),
  quotesBySpeaker: pagedList((speakerId: string) => `data/quotes/speaker/${id(speakerId)}`, QuoteEntrySchema, withNames),
  speakers: dataFile(() => 'data/quotes/speakers.json', SpeakersSchema),
  awardsSummary: dataFile(() => 'data/awards/summary.json', AwardsSummarySchema),
  awardGrants: pagedList((award: string, degree: number | null) => `data/awards/${id(award)}/${degree ?? 0}`, AwardGrantSchema, withNames),
  timelineMonths: dataFile(() => 'data/timeline/months.json', TimelineMonthsSchema),
  timelineMonth: dataFile((month: string, page: number) => `data/timeline/${id(month)}/${page}.json`, TimelineMonthSchema),
  person: dataFile((personId: string) => `data/people/${id(personId)}.json`, PersonIndexSchema),
} as const;
