// The search index: every language version of every article is one document, numbered from the oldest (so a
// new article adds documents at the end and changes only the last chunk of records), and
// every word (folded, two characters or more) lists the documents that contain it. The documents are cut
// by number into parts (`searchPieces`), each indexed on its own, so that a new article changes only the
// few files of the last block. In a merged part, words are split into shards by their first two
// characters, and a shard larger than a budget by one more character, and so on, so a query loads one
// small file per word and part; document records are cut into small chunks, so a page of results loads a
// bounded amount. See src/features/search/model/query.ts and pieces.ts.
import { createHash } from 'node:crypto';
import { eventInstant } from '../../src/shared/format/format-date.ts';
import { searchDataFiles, shardFileName } from '../../src/features/search/model/files.ts';
import { bucketName, bucketOf } from '../../src/features/search/model/pieces.ts';
import {
  charLength,
  charPrefix,
  foldText,
  isKazakh,
  KAZAKH_MARK,
  MIN_WORD_LENGTH,
  shardKey,
  tokenize,
} from '../../src/features/search/model/normalize.ts';
import { foldScripts } from '../../src/shared/kazakh-latin/fold-scripts.ts';
import { encodePostings } from '../../src/features/search/model/postings.ts';
import type { SearchDoc, SearchDocChunk, SearchMeta, SearchPiece, SearchShard } from '../../src/features/search/model/schema.ts';
import { definitionOf } from '../../src/content/blocks/registry.ts';
import { type Article } from '../../src/content/schema.ts';
import { LANGS } from '../../src/shared/languages.ts';
import type { ArticleFile } from '../content/load.ts';

/**
 * Document records per chunk. A page of results (20) is scattered over the documents when its words are
 * rare in headlines, so it loads up to 20 chunks whatever their size: small chunks bound its bytes (at
 * 10,000 articles, 10 a chunk: 7 chunks and 22 KB at the median query, at most 20 and 63 KB; 100 a chunk
 * loaded up to 320 KB).
 */
export const SEARCH_CHUNK_SIZE = 10;

/**
 * A shard whose JSON would be larger than this (bytes) is split by the next character of its words, so
 * that a query word loads a bounded amount whatever the size of the vocabulary.
 */
export const SHARD_BUDGET = 24 * 1024;

/**
 * Documents in a block, the smallest part of the index, and the one a new article changes: its words are
 * spread over `SEARCH_BUCKETS` files by a hash of their key, so a new article changes at most that many
 * files of the index (twice as many in the rare case its documents straddle two blocks), plus `meta.json`
 * and the last document chunks. Blocks merge into parts `SEARCH_FAN_OUT` times larger, sharded by key: at
 * 10,000 articles (24,300 documents) nine parts, at 100,000 ten (decision 8).
 */
export const SEARCH_BLOCK_SIZE = 512;
export const SEARCH_FAN_OUT = 4;
export const SEARCH_BUCKETS = 8;

/** Everything a reader can read in one version, in reading order; the headline comes first. */
export const articleTexts = (article: Article): string[] => {
  const texts = [article.headline, article.summary, ...article.body.flatMap((block) => definitionOf(block).searchText(block))];
  return texts.filter(Boolean);
};

/** The folded words of some texts that the index keeps (two characters or more), each once. */
const indexedWords = (texts: readonly string[], fold: (word: string) => string, mark = ''): Set<string> => {
  const words = new Set<string>();
  for (const text of texts)
    for (const { folded } of tokenize(text, fold)) if (charLength(folded) >= MIN_WORD_LENGTH) words.add(`${mark}${folded}`);
  return words;
};

/** A fold remembered per word: articles repeat their words, and folding is most of the build's work. */
const memoisedFold = (fold: (word: string) => string): ((word: string) => string) => {
  const folded = new Map<string, string>();
  return (word) => {
    let result = folded.get(word);
    if (result === undefined) folded.set(word, (result = fold(word)));
    return result;
  };
};

const appendPosting = (postings: Map<string, number[]>, word: string, doc: number) => {
  const list = postings.get(word);
  if (list) list.push(doc);
  else postings.set(word, [doc]);
};

interface Term {
  word: string;
  /** Ascending document numbers. */
  docs: number[];
  headline: number[];
}

const leafShard = (terms: readonly Term[]): SearchShard => ({
  terms: terms.map((term) => term.word),
  docs: terms.map((term) => encodePostings(term.docs)),
  headline: terms.map((term) => encodePostings(term.headline)),
});

/** Sorted terms in runs that share their first `length` characters. */
const byPrefix = (terms: readonly Term[], length: number): Term[][] => {
  const groups: Term[][] = [];
  let key: string | undefined;
  for (const term of terms) {
    const prefix = charPrefix(term.word, length);
    if (prefix !== key) groups.push([]);
    key = prefix;
    groups[groups.length - 1]!.push(term);
  }
  return groups;
};

const shardBytes = (shard: SearchShard): number => Buffer.byteLength(JSON.stringify(shard));

/** Every document in any of the lists, ascending. */
const union = (lists: readonly number[][], docCount: number): number[] => {
  const seen = new Uint8Array(docCount);
  for (const list of lists) for (const doc of list) seen[doc] = 1;
  const docs: number[] = [];
  for (let doc = 0; doc < docCount; doc++) if (seen[doc]) docs.push(doc);
  return docs;
};

/**
 * Puts `terms` (sorted, all starting with `key`) into the shard `key`, or, when that would be over the
 * budget, keeps there only the word that is the key itself and the documents of every word that starts
 * with it (a query word that is the key needs nothing else), and places the longer words by one more
 * character.
 */
const placeShard = (
  key: string,
  terms: readonly Term[],
  limits: { docCount: number; budget: number },
  shards: Map<string, SearchShard>,
): void => {
  const leaf = leafShard(terms);
  const keyLength = charLength(key);
  const longer = terms.filter((term) => charLength(term.word) > keyLength);
  if (longer.length === 0 || shardBytes(leaf) <= limits.budget) {
    shards.set(key, leaf);
    return;
  }
  const docs = union(
    terms.map(({ docs }) => docs),
    limits.docCount,
  );
  const headline = union(
    terms.map(({ headline }) => headline),
    limits.docCount,
  );
  const own = terms.filter((term) => charLength(term.word) === keyLength);
  shards.set(key, { ...leafShard(own), prefix: { docs: encodePostings(docs), headline: encodePostings(headline) } });
  for (const group of byPrefix(longer, keyLength + 1)) placeShard(charPrefix(group[0]!.word, keyLength + 1), group, limits, shards);
};

/** The parts of the index: where each starts and its size, with its files by name (`searchDataFiles.shard`). */
export interface SearchIndex {
  /** By document number: oldest first; of the same instant, by article id and language, descending (the reverse of the order results show). */
  docs: SearchDoc[];
  pieces: { piece: SearchPiece; files: Map<string, SearchShard> }[];
}

export interface SearchLayout {
  /** Records per document chunk. */
  chunkSize: number;
  /** The largest a shard of a merged part may be, in bytes of JSON. */
  shardBudget: number;
  /** Documents in a block, the smallest part. */
  blockSize: number;
  /** How many parts of one size make a part of the next. */
  fanOut: number;
  /** Files a block's words are spread over. */
  buckets: number;
}

export const SEARCH_LAYOUT: SearchLayout = {
  chunkSize: SEARCH_CHUNK_SIZE,
  shardBudget: SHARD_BUDGET,
  blockSize: SEARCH_BLOCK_SIZE,
  fanOut: SEARCH_FAN_OUT,
  buckets: SEARCH_BUCKETS,
};

/**
 * The parts that `docCount` documents are cut into, from the oldest: as many of the largest size as fit,
 * then of each smaller size (fewer than `fanOut` of each), then the block that is still filling. Sizes
 * are `blockSize` times a power of `fanOut`, each part starts at a multiple of its size: a function of the
 * count alone, and one more document changes only the last block, but for the one in `blockSize × fanOut`
 * that completes a larger part.
 */
export const searchPieces = (docCount: number, { blockSize, fanOut }: Pick<SearchLayout, 'blockSize' | 'fanOut'>): SearchPiece[] => {
  const sizes = [blockSize];
  while (sizes[sizes.length - 1]! * fanOut <= docCount) sizes.push(sizes[sizes.length - 1]! * fanOut);
  const pieces: SearchPiece[] = [];
  let start = 0;
  for (const size of sizes.reverse())
    for (; start + size <= docCount; start += size) pieces.push(size === blockSize ? { start, size } : { start, size, shards: [] });
  if (start < docCount) pieces.push({ start, size: blockSize });
  return pieces;
};

/** The words of documents `first` to `end` (excluded), each with its postings, sorted. */
const termsOf = (versions: readonly Article[], first: number, end: number, folds: Record<'other' | 'kazakh', (word: string) => string>) => {
  // Documents are visited in number order, so every postings list comes out ascending.
  const anywhere = new Map<string, number[]>();
  const inHeadline = new Map<string, number[]>();
  for (let doc = first; doc < end; doc++) {
    const article = versions[doc]!;
    // Kazakh across scripts and under its own mark, the others as written (src/features/search/model/normalize.ts).
    const [fold, mark] = isKazakh(article.lang) ? [folds.kazakh, KAZAKH_MARK] : [folds.other, ''];
    for (const word of indexedWords(articleTexts(article), fold, mark)) appendPosting(anywhere, word, doc);
    for (const word of indexedWords([article.headline], fold, mark)) appendPosting(inHeadline, word, doc);
  }
  return [...anywhere.keys()].sort().map((word): Term => ({ word, docs: anywhere.get(word)!, headline: inHeadline.get(word) ?? [] }));
};

export const buildSearchIndex = (articles: Map<string, ArticleFile[]>, layout: SearchLayout = SEARCH_LAYOUT): SearchIndex => {
  // The versions editors wrote: a converted one (kk-Latn) has the same words as its source in the index's
  // fold, and the kk-Latn edition shows the kk results converted (src/features/search/model/shown-doc.ts).
  const versions = [...articles.values()]
    .flat()
    .filter(({ article }) => !article.transliteratedFrom)
    .map(({ article }) => ({ article, at: eventInstant(article.publishedAt) }))
    .sort(
      (a, b) => a.at - b.at || b.article.id.localeCompare(a.article.id) || LANGS.indexOf(b.article.lang) - LANGS.indexOf(a.article.lang),
    )
    .map(({ article }) => article);

  const folds = { other: memoisedFold(foldText), kazakh: memoisedFold(foldScripts) };
  const pieces = searchPieces(versions.length, layout).map((piece) => {
    const terms = termsOf(versions, piece.start, Math.min(piece.start + piece.size, versions.length), folds);
    const files = new Map<string, SearchShard>();
    if (!piece.shards) {
      // A block: every bucket has a file, so the browser never asks for one that is not there.
      const buckets = Array.from({ length: layout.buckets }, (): Term[] => []);
      for (const term of terms) buckets[bucketOf(shardKey(term.word), layout.buckets)]!.push(term);
      buckets.forEach((bucket, n) => files.set(bucketName(n), leafShard(bucket)));
      return { piece, files };
    }
    const shards = new Map<string, SearchShard>();
    const groups = new Map<string, Term[]>();
    for (const term of terms) {
      const key = shardKey(term.word);
      const group = groups.get(key);
      if (group) group.push(term);
      else groups.set(key, [term]);
    }
    for (const [key, group] of groups) placeShard(key, group, { docCount: versions.length, budget: layout.shardBudget }, shards);
    const keys = [...shards.keys()].sort();
    for (const key of keys) files.set(shardFileName(key), shards.get(key)!);
    return { piece: { ...piece, shards: keys }, files };
  });

  const docs = versions.map(({ id, lang, publishedAt, headline, summary }) => ({ articleId: id, lang, publishedAt, headline, summary }));
  return { docs, pieces };
};

/** Every search file, by its path under the site root (as `deriveFiles`). */
export const searchFiles = (articles: Map<string, ArticleFile[]>, layout: Partial<SearchLayout> = {}): Map<string, unknown> => {
  const full = { ...SEARCH_LAYOUT, ...layout };
  const { docs, pieces } = buildSearchIndex(articles, full);
  const files = new Map<string, unknown>();
  for (const { piece, files: shards } of pieces)
    for (const [name, shard] of shards) files.set(searchDataFiles.shard.file(piece, name), shard);
  for (let first = 0; first < docs.length; first += full.chunkSize) {
    const chunk: SearchDocChunk = { first, docs: docs.slice(first, first + full.chunkSize) };
    files.set(searchDataFiles.docChunk.file(first / full.chunkSize), chunk);
  }
  const hash = createHash('sha256');
  for (const [path, data] of files) hash.update(path).update(JSON.stringify(data));
  const meta: SearchMeta = {
    buildId: hash.digest('hex').slice(0, 16),
    docCount: docs.length,
    chunkSize: full.chunkSize,
    buckets: full.buckets,
    pieces: pieces.map(({ piece }) => piece),
  };
  files.set(searchDataFiles.meta.file(), meta);
  return files;
};
