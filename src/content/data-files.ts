// Every JSON file the app reads, each with its place on the site and the schema the app validates it with.
// The build writes derived files with `file` and `write`, the app fetches them with `url` and `parse`, so
// the two cannot disagree on where a file is or what it holds.
import type * as v from 'valibot';
import type { Lang } from '../shared/languages';
import {
  ArticleSchema,
  ArticleVersionsSchema,
  AwardGrantsPageSchema,
  AwardsSummarySchema,
  EntitiesSchema,
  LatestPageSchema,
  PersonIndexSchema,
  QuotesPageSchema,
  SpeakersSchema,
  TimelineMonthSchema,
  TimelineMonthsSchema,
} from './schema';
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

const id = (value: string) => encodeURIComponent(value);

export const dataFiles = {
  /** The content an editor writes. */
  article: dataFile((articleId: string, lang: Lang) => `articles/${id(articleId)}/${lang}.json`, ArticleSchema),
  entities: dataFile(() => 'entities.json', EntitiesSchema),
  /** Derived by the build. */
  articleVersions: dataFile((articleId: string) => `data/articles/${id(articleId)}.json`, ArticleVersionsSchema),
  latest: dataFile((page: number) => `data/latest/${page}.json`, LatestPageSchema),
  quotes: dataFile((page: number) => `data/quotes/all/${page}.json`, QuotesPageSchema),
  quotesBySpeaker: dataFile((speakerId: string, page: number) => `data/quotes/speaker/${id(speakerId)}/${page}.json`, QuotesPageSchema),
  speakers: dataFile(() => 'data/quotes/speakers.json', SpeakersSchema),
  awardsSummary: dataFile(() => 'data/awards/summary.json', AwardsSummarySchema),
  awardGrants: dataFile(
    (award: string, degree: number | null, page: number) => `data/awards/${id(award)}/${degree ?? 0}/${page}.json`,
    AwardGrantsPageSchema,
  ),
  timelineMonths: dataFile(() => 'data/timeline/months.json', TimelineMonthsSchema),
  timelineMonth: dataFile((month: string, page: number) => `data/timeline/${id(month)}/${page}.json`, TimelineMonthSchema),
  person: dataFile((personId: string) => `data/people/${id(personId)}.json`, PersonIndexSchema),
} as const;
