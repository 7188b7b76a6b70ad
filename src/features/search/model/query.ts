// The search itself, on parts of the index already loaded: pure, so the browser, the tests and the bench
// run the same code.
import { charLength, foldText, MIN_WORD_LENGTH, shardKey, tokenize } from './normalize';
import { forEachPosting } from './postings';

/** One part of the index: the words that start with the same two characters (see build/search). */
export interface Shard {
  /** Folded words, sorted (JavaScript string order), so the words with a prefix are a range. */
  terms: string[];
  /** Postings of each word: the documents that contain it anywhere. */
  docs: string[];
  /** Postings of each word in headlines only; empty when no headline has it. */
  headline: string[];
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

/** The parts of the index a query needs, by shard key. */
export const shardKeys = (words: readonly string[]): string[] => [...new Set(words.map(shardKey))].sort();

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

/**
 * Documents that have, for every query word, some word starting with it: those whose headline has the
 * most query words first, then by document number (the index numbers documents newest first).
 */
export const runQuery = (words: readonly string[], shards: ReadonlyMap<string, Shard>, docCount: number): number[] => {
  if (words.length === 0) return [];
  // matched[doc] counts the query words found so far; a document missing one word can never catch up.
  const matched = new Uint16Array(docCount);
  const inHeadline = new Uint16Array(docCount);
  const headlineSeen = new Uint16Array(docCount);
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const shard = shards.get(shardKey(word));
    if (!shard) return [];
    const stamp = w + 1;
    let any = false;
    for (let t = lowerBound(shard.terms, word); t < shard.terms.length && shard.terms[t]!.startsWith(word); t++) {
      any = true;
      forEachPosting(shard.docs[t] ?? '', (doc) => {
        if (matched[doc] === w) matched[doc] = stamp;
      });
      forEachPosting(shard.headline[t] ?? '', (doc) => {
        if (headlineSeen[doc] !== stamp) {
          headlineSeen[doc] = stamp;
          inHeadline[doc]!++;
        }
      });
    }
    if (!any) return [];
  }
  // Buckets by how many words the headline has, each already newest first.
  const buckets: number[][] = Array.from({ length: words.length + 1 }, () => []);
  for (let doc = 0; doc < docCount; doc++) if (matched[doc] === words.length) buckets[inHeadline[doc]!]!.push(doc);
  return buckets.reverse().flat();
};

export interface Segment {
  text: string;
  match: boolean;
}

/** `text` cut into runs, marking the words that start with a query word; the letters stay as written. */
export const highlight = (text: string, queryWords: readonly string[]): Segment[] => {
  const words = queryWords.map(foldText).filter((word) => charLength(word) >= MIN_WORD_LENGTH);
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
      if (!words.some((word) => token.folded.startsWith(word))) continue;
      push(text.slice(at, token.start), false);
      push(token.text, true);
      at = token.end;
    }
  push(text.slice(at), false);
  return segments;
};
