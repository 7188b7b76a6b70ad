// The search index files, validated like every other response before the app trusts them.
import * as v from 'valibot';
import { formatPath, isIsoDateValue, type ContentProblem, type Parsed } from '../../../shared/content/schema';
import { LANGS } from '../../../shared/languages';
import { POSTINGS_PATTERN } from './postings';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Text = v.pipe(v.string(), v.minLength(1, 'non-empty text'));

export const SearchMetaSchema = v.object({
  /** Changes whenever the index does, so parts of two builds are never mixed. */
  buildId: v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/, 'a hexadecimal build id')),
  docCount: Count,
  chunkSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The shard keys that exist, so a word no document has costs no request. */
  shards: v.array(v.string()),
});

const Postings = v.pipe(v.string(), v.regex(POSTINGS_PATTERN, 'postings'));

export const SearchShardSchema = v.pipe(
  v.object({
    terms: v.array(v.pipe(v.string(), v.minLength(1, 'a word'))),
    docs: v.array(Postings),
    headline: v.array(v.union([v.literal(''), Postings], 'postings or ""')),
    /** Only in a shard split by a further letter: every document with a word that starts with its key. */
    prefix: v.optional(v.object({ docs: Postings, headline: v.union([v.literal(''), Postings], 'postings or ""') })),
  }),
  v.check(({ terms, docs, headline }) => docs.length === terms.length && headline.length === terms.length, 'as many postings as words'),
  v.check(({ terms }) => terms.every((term, i) => i === 0 || terms[i - 1]! < term), 'words in ascending order'),
);

export const SearchDocSchema = v.object({
  articleId: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an article id')),
  lang: v.picklist(LANGS, 'one of en, kk, ru'),
  publishedAt: v.pipe(v.string(), v.check(isIsoDateValue, 'an ISO date')),
  headline: Text,
  summary: Text,
});

export const SearchDocChunkSchema = v.object({
  /** The number of the chunk's first document. */
  first: Count,
  docs: v.array(SearchDocSchema),
});

export type SearchMeta = v.InferOutput<typeof SearchMetaSchema>;
export type SearchShard = v.InferOutput<typeof SearchShardSchema>;
export type SearchDoc = v.InferOutput<typeof SearchDocSchema>;
export type SearchDocChunk = v.InferOutput<typeof SearchDocChunkSchema>;

const describe = (issue: v.BaseIssue<unknown>): ContentProblem => ({
  path: formatPath((issue.path ?? []).map((item) => item.key as string | number)),
  // Our own messages name what was expected; valibot's generic ones ("Invalid type…") do not.
  message: `expected ${issue.message.startsWith('Invalid ') ? (issue.expected ?? issue.message) : issue.message}, received ${issue.received}`,
});

const parseWith =
  <S extends v.GenericSchema>(schema: S) =>
  (input: unknown): Parsed<v.InferOutput<S>> => {
    const result = v.safeParse(schema, input, { abortPipeEarly: true });
    return result.success ? { ok: true, value: result.output } : { ok: false, problems: result.issues.map(describe) };
  };

export const parseSearchMeta = parseWith(SearchMetaSchema);
export const parseSearchShard = parseWith(SearchShardSchema);
export const parseSearchDocChunk = parseWith(SearchDocChunkSchema);
