// Which files of the index a query reads. The index is cut by document number into parts (decision 18):
// larger parts hold one shard per key and list their keys; a block (the newest documents, and the older
// ones not yet merged into a larger part) spreads its words over a fixed number of files by a hash of
// their key, so that a new article changes those few files and no others.
import { shardFileName } from './files';
import { charLength, KAZAKH_MARK, MIN_WORD_LENGTH, shardKey, wordForms } from './normalize';
import { runQuery, shardFor, shardKeys, type QueryResult, type Shard } from './query';
import type { SearchMeta, SearchPiece } from './schema';

/** The bucket of a block that holds the words with this key: FNV-1a over its UTF-16 units, the same in the build and the browser. */
export const bucketOf = (key: string, buckets: number): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
};

/** The file name of a block's bucket. */
export const bucketName = (bucket: number): string => `b${bucket}`;

/** A block holds every key an indexed word can have: two characters, after the mark of Kazakh words. */
const blockKeys = {
  has: (key: string) => shardKey(key) === key && charLength(key) === MIN_WORD_LENGTH + (key.startsWith(KAZAKH_MARK) ? 1 : 0),
};

// The set of a part's keys, made once per index rather than once per search.
const keySets = new WeakMap<SearchPiece, ReadonlySet<string>>();
const keysOf = (piece: SearchPiece): { has(key: string): boolean } => {
  if (!piece.shards) return blockKeys;
  let keys = keySets.get(piece);
  if (!keys) keySets.set(piece, (keys = new Set(piece.shards)));
  return keys;
};

/** A file of the index a query reads, and the keys it serves. */
export interface ShardFile {
  piece: SearchPiece;
  /** The file's name within its part (`searchDataFiles.shard`). */
  name: string;
  keys: string[];
}

/**
 * The files a query for `words` reads: in each part, one per key its words need (a block: one per
 * bucket). Undefined when a word can be in no part, so nothing can match and nothing need be read.
 */
export const shardFiles = (words: readonly string[], meta: SearchMeta): ShardFile[] | undefined => {
  if (!words.every((word) => meta.pieces.some((piece) => wordForms(word).some((form) => shardFor(form, keysOf(piece)) !== undefined))))
    return undefined;
  return meta.pieces.flatMap((piece) => {
    const keys = shardKeys(words, keysOf(piece));
    if (piece.shards) return keys.map((key) => ({ piece, name: shardFileName(key), keys: [key] }));
    const byBucket = new Map<number, string[]>();
    for (const key of keys) {
      const bucket = bucketOf(key, meta.buckets);
      byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), key]);
    }
    return [...byBucket].sort(([a], [b]) => a - b).map(([bucket, keys]) => ({ piece, name: bucketName(bucket), keys }));
  });
};

/** The loaded files (in the order of `files`) as `runQuery` takes them: per part, its shards by key. */
export const pieceShards = (files: readonly ShardFile[], loaded: readonly Shard[]): Map<string, Shard>[] => {
  const pieces = new Map<SearchPiece, Map<string, Shard>>();
  files.forEach(({ piece, keys }, i) => {
    let shards = pieces.get(piece);
    if (!shards) pieces.set(piece, (shards = new Map()));
    for (const key of keys) shards.set(key, loaded[i]!);
  });
  return [...pieces.values()];
};

/** A query over files read at once (the build's tests and the bench; the browser fetches them): the result and the files read. */
export const searchIndex = (
  words: readonly string[],
  meta: SearchMeta,
  read: (file: ShardFile) => Shard,
  limit?: number,
): QueryResult & { files: ShardFile[] } => {
  const files = shardFiles(words, meta) ?? [];
  return { ...runQuery(words, pieceShards(files, files.map(read)), meta.docCount, limit), files };
};
