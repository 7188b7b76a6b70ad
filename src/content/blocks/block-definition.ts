// What every block type defines, in one record per type (see registry.ts). A part left out is a type error,
// so a new block type cannot be forgotten by the search index, the reading time, the content check, the
// copy-link buttons or the test corpus.
import type * as v from 'valibot';
import type { Entities } from '../schema';
import type { WrittenLang } from '../../shared/languages';

/** A JSON path inside the block (`['events', 2, 'id']`); the check puts the block's own place in front. */
export type BlockPath = (string | number)[];

/** Interface strings that name what a copy-link button copies a link to (locales/<lang>: share.*). */
export type CopyLinkLabel = 'share.copyQuoteLink' | 'share.copyAwardsLink' | 'share.copyEventLink' | 'share.copyPhotoLink';

/** A part of a block a reader can link to (`#id`) and copy a link to. */
export interface Anchor {
  id: string;
  path: BlockPath;
  /** What its copy-link button says it copies; null for a part linked to without a button of its own. */
  label: CopyLinkLabel | null;
}

/** A problem the block has against entities.json, found by the content check. */
export interface BlockProblem {
  path: BlockPath;
  message: string;
}

/** Text in each language editors write, for the generated test corpus (the build derives kk-Latn). */
export type Localized<T = string> = (lang: WrittenLang) => T;

/** What the generator of the test corpus offers a block type's sample (pipeline/corpus/generate.ts). */
export interface SampleContext {
  /** A number in [0, 1) from the article's seeded generator. */
  random: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  pickSome: <T>(items: readonly T[], count: number) => T[];
  /** Registered people and awards (with the degrees each has). */
  people: readonly string[];
  awards: readonly { id: string; degrees?: readonly (1 | 2 | 3)[] }[];
  /** A person named in place, not registered. */
  namedPerson: () => { name: Localized; role?: Localized };
  /** Invented text in every language. */
  text: { paragraph: () => Localized; sentence: () => Localized; quote: () => Localized; heading: () => Localized; note: () => Localized };
  /** A generated photo stored with the article: its file name. */
  photo: () => string;
  /** The date `days` days after the article's publication (before it when negative), with a time of day if asked. */
  dateNear: (days: number, withTime: boolean) => string;
}

/** Hostile text for the XSS fixture article (pipeline/corpus/hostile.ts): labelled payloads in one language. */
export interface HostileContext {
  lang: WrittenLang;
  /** Words in the version's language that say what the text is (`Hostile text`). */
  label: string;
  /** Script in every form a renderer could be tricked into running; each sets `window.__xss` or opens a dialog. */
  scripts: readonly string[];
  /** Valid but odd text: a 19,000-character word, combining marks, joiners, emoji, right-to-left scripts. */
  oddities: Readonly<Record<'longWord' | 'combining' | 'joiners' | 'zeroWidth' | 'emoji' | 'arabic' | 'hebrew' | 'mixed', string>>;
  /** Registered awards the fixture entities have. */
  awards: readonly [string, string];
  /** A photo stored with the article: its file name. */
  photo: string;
}

/** What the content check knows besides the block: entities.json and the files stored with the article. */
export interface CheckContext {
  entities: Entities;
  /** The article folder's files other than its versions, by name, with their size in bytes. */
  files: ReadonlyMap<string, number>;
}

export interface BlockDefinition<T extends { type: string }> {
  schema: v.GenericSchema<unknown, T>;
  /** The words a reader reads, for the reading time. */
  readingText: (block: T) => string[];
  /** The text search finds the article by. */
  searchText: (block: T) => string[];
  /**
   * The block with every text a reader reads passed through `convert` (ids, dates, file names and
   * registered ids kept): how the build writes a derived edition, kk-Latn from kk.
   */
  mapText: (block: T, convert: (text: string) => string) => T;
  /** The parts a reader can link to; their ids share the article's fragments and must be unique. */
  anchors: (block: T) => Anchor[];
  /** What the content check finds wrong beyond the schema: unknown people and awards, missing files. */
  check?: (block: T, context: CheckContext) => BlockProblem[];
  /** How the test corpus makes one: how many an article has, where they go, and each one in every language. */
  sample: {
    count: (context: SampleContext) => number;
    /**
     * `lead`: before the first paragraph; `section`: starting the second half; `any`: after any paragraph;
     * `late`: after a paragraph of the second half; `last`: at the end.
     */
    place: 'lead' | 'section' | 'any' | 'late' | 'last';
    make: (context: SampleContext, n: number) => Localized<T>;
  };
  /** The block in the hostile fixture article: every text field carries a payload. */
  hostile: (context: HostileContext) => T[];
}

/** Defines a block type: its schema first, so that the rest is typed by the block the schema gives. */
export const defineBlock =
  <S extends v.GenericSchema<unknown, { type: string }>>(schema: S) =>
  (parts: Omit<BlockDefinition<v.InferOutput<S>>, 'schema'>): BlockDefinition<v.InferOutput<S>> & { schema: S } => ({ schema, ...parts });
