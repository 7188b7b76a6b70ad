// The search index files, validated like every other response before the app trusts them.
import * as v from 'valibot';
import { Count, IsoDate, LangSchema, Slug } from '../../../content/fields';
import { POSTINGS_PATTERN } from './postings';

const Text = v.pipe(v.string(), v.minLength(1, 'non-empty text'));

const Positive = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * A part of the index: the documents numbered from `start`, `size` of them when it is full (decision 18).
 * A block (the smallest size) holds its words in `buckets` files, by a hash of each word's key; a larger
 * part in shards, one per key, which it lists so that a word no document has costs no request.
 */
export const SearchPieceSchema = v.object({
  start: Count,
  size: Positive,
  shards: v.optional(v.array(v.string())),
});

export const SearchMetaSchema = v.object({
  /** Changes whenever the index does, so parts of two builds are never mixed. */
  buildId: v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/, 'a hexadecimal build id')),
  docCount: Count,
  chunkSize: Positive,
  /** How many files a block's words are spread over. */
  buckets: Positive,
  /** The parts, from the oldest documents on, together holding every document. */
  pieces: v.array(SearchPieceSchema),
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
  articleId: Slug,
  lang: LangSchema,
  publishedAt: IsoDate,
  headline: Text,
  summary: Text,
});

export const SearchDocChunkSchema = v.object({
  /** The number of the chunk's first document. */
  first: Count,
  docs: v.array(SearchDocSchema),
});

export type SearchMeta = v.InferOutput<typeof SearchMetaSchema>;
export type SearchPiece = v.InferOutput<typeof SearchPieceSchema>;
export type SearchShard = v.InferOutput<typeof SearchShardSchema>;
export type SearchDoc = v.InferOutput<typeof SearchDocSchema>;
export type SearchDocChunk = v.InferOutput<typeof SearchDocChunkSchema>;
