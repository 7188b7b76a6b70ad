// The search itself, on parts of the index already loaded: pure, so the browser, the tests and the bench
// run the same code.
import { charLength, charPrefix, foldText, MIN_WORD_LENGTH, tokenize, wordForms } from './normalize';
import { foldScripts } from '../../../shared/kazakh-latin/fold-scripts';
import { decodePostingsInto } from './postings';

/**
 * One part of the index: the words that start with its key, two characters or more (see pipeline/search).
 * A part that grew too large is split by one more character; it keeps the word that is its key, and in
 * `prefix` the documents of all the words that start with it.
 */
export interface Shard {
  /** Folded words, sorted (JavaScript string order), so the words with a prefix are a range. */
  terms: string[];
  /** Postings of each word: the documents that contain it anywhere. */
  docs: string[];
  /** Postings of each word in headlines only; empty when no headline has it. */
  headline: string[];
  /** Only in a split part: the documents with any word that starts with the key, anywhere and in headlines. */
  prefix?: { docs: string; headline: string } | undefined;
}

/** Results a page shows; only their document records are fetched. */
export const SEARCH_PAGE_SIZE = 20;

export type ParsedQuery = { kind: 'empty' } | { kind: 'too-short' } | { kind: 'words'; words: string[] };

/**
 * The words to look for: folded, without repeats, and without a word that another word starts with
 * (`ст степь` asks nothing more than `степь`). Words of one character are left out, as the index does.
 */
export const parseQuery = (query: string | null): ParsedQuery => {
  const tokens = tokenize(query ?? '');
  if (tokens.length === 0) return { kind: 'empty' };
  const long = [...new Set(tokens.map((token) => token.folded).filter((word) => charLength(word) >= MIN_WORD_LENGTH))];
  if (long.length === 0) return { kind: 'too-short' };
  const words = long.filter((word) => !long.some((other) => other !== word && other.startsWith(word))).sort();
  return { kind: 'words', words };
};

/**
 * The part of the index that holds the words starting with `word`: the longest key among `keys` that
 * `word` starts with (parts split by a further character have longer keys). None: no word starts so.
 */
export const shardFor = (word: string, keys: { has(key: string): boolean }): string | undefined => {
  for (let length = charLength(word); length >= MIN_WORD_LENGTH; length--) {
    const key = charPrefix(word, length);
    if (keys.has(key)) return key;
  }
  return undefined;
};

/** The parts of the index a query needs, among the `known` ones (for every form of every word); a word that none holds needs none. */
export const shardKeys = (words: readonly string[], known: { has(key: string): boolean }): string[] =>
  [
    ...new Set(
      words
        .flatMap(wordForms)
        .map((word) => shardFor(word, known))
        .filter((key) => key !== undefined),
    ),
  ].sort();

/** The first index in sorted `terms` whose word is not before `word`. */
const lowerBound = (terms: readonly string[], word: string): number => {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
};

interface WordPostings {
  /** Postings of the words that start with the query word: anywhere, and in headlines. */
  docs: string[];
  headline: string[];
  /** Characters of `docs`: about the number of documents, to look at the rarest word first. */
  size: number;
}

/**
 * The postings of a query word in each of its forms, in every part of the index (a document found in both
 * forms counts once; each document is in one part).
 */
const postingsOf = (word: string, pieces: ReadonlyArray<ReadonlyMap<string, Shard>>): WordPostings | undefined => {
  const found: WordPostings = { docs: [], headline: [], size: 0 };
  for (const shards of pieces)
    for (const form of wordForms(word)) {
      const postings = formPostings(form, shards);
      if (!postings) continue;
      found.docs.push(...postings.docs);
      found.headline.push(...postings.headline);
      found.size += postings.size;
    }
  return found.docs.length ? found : undefined;
};

const formPostings = (word: string, shards: ReadonlyMap<string, Shard>): WordPostings | undefined => {
  const key = shardFor(word, shards);
  const shard = key === undefined ? undefined : shards.get(key);
  if (!shard) return undefined;
  if (shard.prefix && word === key) return { docs: [shard.prefix.docs], headline: [shard.prefix.headline], size: shard.prefix.docs.length };
  const found: WordPostings = { docs: [], headline: [], size: 0 };
  for (let t = lowerBound(shard.terms, word); t < shard.terms.length && shard.terms[t]!.startsWith(word); t++) {
    const docs = shard.docs[t] ?? '';
    found.docs.push(docs);
    found.headline.push(shard.headline[t] ?? '');
    found.size += docs.length;
  }
  return found.docs.length ? found : undefined;
};

export interface QueryResult {
  /** How many documents have every word. */
  total: number;
  /** The best of them, as many as asked for. */
  docs: number[];
}

/**
 * Documents that have, for every query word, some word starting with it: those whose headline has the
 * most query words first, then newest first (the index numbers documents from the oldest: the highest number is the newest). `limit`
 * is how many of them to list (a page of results); the total counts them all.
 */
export const runQuery = (
  words: readonly string[],
  pieces: ReadonlyArray<ReadonlyMap<string, Shard>>,
  docCount: number,
  limit = Number.POSITIVE_INFINITY,
): QueryResult => {
  const none: QueryResult = { total: 0, docs: [] };
  if (words.length === 0) return none;
  const lists: WordPostings[] = [];
  for (const word of words) {
    const postings = postingsOf(word, pieces);
    if (!postings) return none;
    lists.push(postings);
  }
  // The rarest word first: a search whose words never meet stops before reading the longest lists.
  lists.sort((a, b) => a.size - b.size);
  let longest = 0;
  for (const { docs, headline } of lists) for (const postings of [...docs, ...headline]) longest = Math.max(longest, postings.length);
  const found = new Int32Array(longest);

  // matched[doc]: how many words, in order, the document has so far; one it misses can never catch up.
  const all = lists.length;
  const matched = new Uint16Array(docCount);
  let total = 0;
  for (let w = 0; w < all; w++) {
    total = 0;
    for (const postings of lists[w]!.docs) {
      const count = decodePostingsInto(postings, found);
      for (let i = 0; i < count; i++) {
        const doc = found[i]!;
        if (matched[doc] === w) {
          matched[doc] = w + 1;
          total++;
        }
      }
    }
    if (total === 0) return none;
  }

  // How many of the words each found document has in its headline (a word counts once, whichever of its forms).
  const inHeadline = new Uint16Array(docCount);
  const counted = new Uint16Array(docCount);
  for (let w = 0; w < all; w++)
    for (const postings of lists[w]!.headline) {
      const count = decodePostingsInto(postings, found);
      for (let i = 0; i < count; i++) {
        const doc = found[i]!;
        if (matched[doc] === all && counted[doc] !== w + 1) {
          counted[doc] = w + 1;
          inHeadline[doc]!++;
        }
      }
    }

  // Buckets by how many words the headline has, each newest first; no bucket needs more than `limit`.
  const buckets: number[][] = Array.from({ length: all + 1 }, () => []);
  for (let doc = docCount - 1; doc >= 0; doc--)
    if (matched[doc] === all) {
      const bucket = buckets[inHeadline[doc]!]!;
      if (bucket.length < limit) bucket.push(doc);
    }
  const docs: number[] = [];
  for (let b = all; b >= 0 && docs.length < limit; b--)
    for (const doc of buckets[b]!) {
      if (docs.length === limit) break;
      docs.push(doc);
    }
  return { total, docs };
};

export interface Segment {
  text: string;
  match: boolean;
}

/** `text` cut into runs, marking the words that start with a query word; the letters stay as written. */
export const highlight = (text: string, queryWords: readonly string[]): Segment[] => {
  const words = queryWords.map(foldText).filter((word) => charLength(word) >= MIN_WORD_LENGTH);
  // Kazakh in either script: `бірлік` marks `bırlık` and the other way round.
  const across = words.map(foldScripts);
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  let at = 0;
  if (words.length)
    for (const token of tokenize(text)) {
      if (!words.some((word) => token.folded.startsWith(word)) && !across.some((word) => foldScripts(token.folded).startsWith(word)))
        continue;
      push(text.slice(at, token.start), false);
      push(token.text, true);
      at = token.end;
    }
  push(text.slice(at), false);
  return segments;
};
