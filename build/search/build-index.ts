// The search index: every language version of every article is one document, numbered newest first, and
// every word (folded, two characters or more) lists the documents that contain it. Words are split into
// shards by their first two characters, so a query loads one small file per word; document records are
// cut into chunks, so a page of results loads a few. See src/features/search/model/query.ts.
import { createHash } from 'node:crypto';
import { eventInstant } from '../../src/features/articles/model/sort-events.ts';
import { searchPaths } from '../../src/features/search/model/files.ts';
import { charLength, foldText, MIN_WORD_LENGTH, shardKey, tokenize } from '../../src/features/search/model/normalize.ts';
import { encodePostings } from '../../src/features/search/model/postings.ts';
import type { SearchDoc, SearchDocChunk, SearchMeta, SearchShard } from '../../src/features/search/model/schema.ts';
import { LANGS, type Article } from '../../src/shared/content/schema.ts';
import type { ArticleFile } from '../content/load.ts';

export const SEARCH_CHUNK_SIZE = 100;

/** Everything a reader can read in one version, in reading order; the headline comes first. */
export const articleTexts = (article: Article): string[] => {
  const texts = [article.headline, article.summary];
  for (const block of article.body) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        texts.push(block.text);
        break;
      case 'quote':
        texts.push(block.text);
        if (typeof block.speaker !== 'string') texts.push(block.speaker.name, block.speaker.role ?? '');
        break;
      case 'awards':
        texts.push(block.title ?? '');
        for (const item of block.items) {
          texts.push(item.note ?? '');
          for (const recipient of item.recipients ?? [])
            if (typeof recipient !== 'string') texts.push(recipient.name, recipient.description ?? '');
        }
        break;
      case 'timeline':
        texts.push(block.title ?? '');
        for (const event of block.events) texts.push(event.text);
        break;
    }
  }
  return texts.filter(Boolean);
};

/** The folded words of some texts that the index keeps (two characters or more), each once. */
const indexedWords = (texts: readonly string[], fold: (word: string) => string): Set<string> => {
  const words = new Set<string>();
  for (const text of texts) for (const { folded } of tokenize(text, fold)) if (charLength(folded) >= MIN_WORD_LENGTH) words.add(folded);
  return words;
};

/** `foldText` remembered per word: articles repeat their words, and folding is most of the build's work. */
const memoisedFold = (): ((word: string) => string) => {
  const folded = new Map<string, string>();
  return (word) => {
    let result = folded.get(word);
    if (result === undefined) folded.set(word, (result = foldText(word)));
    return result;
  };
};

export interface SearchIndex {
  /** By document number: newest first, then by article id and language. */
  docs: SearchDoc[];
  /** By shard key (the first two characters of the words it holds). */
  shards: Map<string, SearchShard>;
}

const appendPosting = (postings: Map<string, number[]>, word: string, doc: number) => {
  const list = postings.get(word);
  if (list) list.push(doc);
  else postings.set(word, [doc]);
};

export const buildSearchIndex = (articles: Map<string, ArticleFile[]>): SearchIndex => {
  const versions = [...articles.values()]
    .flat()
    .map(({ article }) => ({ article, at: eventInstant(article.publishedAt) }))
    .sort(
      (a, b) => b.at - a.at || a.article.id.localeCompare(b.article.id) || LANGS.indexOf(a.article.lang) - LANGS.indexOf(b.article.lang),
    )
    .map(({ article }) => article);

  // Documents are visited in number order, so every postings list comes out ascending.
  const anywhere = new Map<string, number[]>();
  const inHeadline = new Map<string, number[]>();
  const fold = memoisedFold();
  versions.forEach((article, doc) => {
    for (const word of indexedWords(articleTexts(article), fold)) appendPosting(anywhere, word, doc);
    for (const word of indexedWords([article.headline], fold)) appendPosting(inHeadline, word, doc);
  });

  const shards = new Map<string, SearchShard>();
  for (const word of [...anywhere.keys()].sort()) {
    const key = shardKey(word);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = { terms: [], docs: [], headline: [] }));
    shard.terms.push(word);
    shard.docs.push(encodePostings(anywhere.get(word)!));
    shard.headline.push(encodePostings(inHeadline.get(word) ?? []));
  }

  const docs = versions.map(({ id, lang, publishedAt, headline, summary }) => ({ articleId: id, lang, publishedAt, headline, summary }));
  return { docs, shards };
};

/** Every search file, by its path under the site root (as `deriveFiles`). */
export const searchFiles = (articles: Map<string, ArticleFile[]>, chunkSize = SEARCH_CHUNK_SIZE): Map<string, unknown> => {
  const { docs, shards } = buildSearchIndex(articles);
  const files = new Map<string, unknown>();
  const keys = [...shards.keys()].sort();
  for (const key of keys) files.set(searchPaths.shard(key), shards.get(key));
  for (let first = 0; first < docs.length; first += chunkSize) {
    const chunk: SearchDocChunk = { first, docs: docs.slice(first, first + chunkSize) };
    files.set(searchPaths.docChunk(first / chunkSize), chunk);
  }
  const hash = createHash('sha256');
  for (const [path, data] of files) hash.update(path).update(JSON.stringify(data));
  const meta: SearchMeta = { buildId: hash.digest('hex').slice(0, 16), docCount: docs.length, chunkSize, shards: keys };
  files.set(searchPaths.meta(), meta);
  return files;
};
