// The search index: every language version of every article is one document, numbered from the oldest (so a
// new article adds documents at the end and changes only the last chunk of records), and
// every word (folded, two characters or more) lists the documents that contain it. Words are split into
// shards by their first two characters, and a shard larger than a budget by one more character, and so
// on, so a query loads one small file per word; document records are cut into small chunks, so a page of
// results loads a bounded amount. See src/features/search/model/query.ts.
import { createHash } from 'node:crypto';
import { eventInstant } from '../../src/shared/format/format-date.ts';
import { searchDataFiles } from '../../src/features/search/model/files.ts';
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
import type { SearchDoc, SearchDocChunk, SearchMeta, SearchShard } from '../../src/features/search/model/schema.ts';
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

export interface SearchIndex {
  /** By document number: oldest first; of the same instant, by article id and language, descending (the reverse of the order results show). */
  docs: SearchDoc[];
  /** By shard key (the first two or more characters of the words it holds). */
  shards: Map<string, SearchShard>;
}

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

export const buildSearchIndex = (articles: Map<string, ArticleFile[]>, shardBudget = SHARD_BUDGET): SearchIndex => {
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

  // Documents are visited in number order, so every postings list comes out ascending.
  const anywhere = new Map<string, number[]>();
  const inHeadline = new Map<string, number[]>();
  // Kazakh across scripts and under its own mark, the others as written (src/features/search/model/normalize.ts).
  const folds = { other: memoisedFold(foldText), kazakh: memoisedFold(foldScripts) };
  versions.forEach((article, doc) => {
    const kazakh = isKazakh(article.lang);
    const [fold, mark] = kazakh ? [folds.kazakh, KAZAKH_MARK] : [folds.other, ''];
    for (const word of indexedWords(articleTexts(article), fold, mark)) appendPosting(anywhere, word, doc);
    for (const word of indexedWords([article.headline], fold, mark)) appendPosting(inHeadline, word, doc);
  });

  const terms = [...anywhere.keys()]
    .sort()
    .map((word): Term => ({ word, docs: anywhere.get(word)!, headline: inHeadline.get(word) ?? [] }));
  const shards = new Map<string, SearchShard>();
  const groups = new Map<string, Term[]>();
  for (const term of terms) {
    const key = shardKey(term.word);
    const group = groups.get(key);
    if (group) group.push(term);
    else groups.set(key, [term]);
  }
  for (const [key, group] of groups) placeShard(key, group, { docCount: versions.length, budget: shardBudget }, shards);

  const docs = versions.map(({ id, lang, publishedAt, headline, summary }) => ({ articleId: id, lang, publishedAt, headline, summary }));
  return { docs, shards };
};

/** Every search file, by its path under the site root (as `deriveFiles`). */
export const searchFiles = (
  articles: Map<string, ArticleFile[]>,
  { chunkSize = SEARCH_CHUNK_SIZE, shardBudget = SHARD_BUDGET }: { chunkSize?: number; shardBudget?: number } = {},
): Map<string, unknown> => {
  const { docs, shards } = buildSearchIndex(articles, shardBudget);
  const files = new Map<string, unknown>();
  const keys = [...shards.keys()].sort();
  for (const key of keys) files.set(searchDataFiles.shard.file(key), shards.get(key));
  for (let first = 0; first < docs.length; first += chunkSize) {
    const chunk: SearchDocChunk = { first, docs: docs.slice(first, first + chunkSize) };
    files.set(searchDataFiles.docChunk.file(first / chunkSize), chunk);
  }
  const hash = createHash('sha256');
  for (const [path, data] of files) hash.update(path).update(JSON.stringify(data));
  const meta: SearchMeta = { buildId: hash.digest('hex').slice(0, 16), docCount: docs.length, chunkSize, shards: keys };
  files.set(searchDataFiles.meta.file(), meta);
  return files;
};
