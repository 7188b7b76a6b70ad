import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { ContentError, fetchJson, HttpError } from '../../../shared/api/fetch-json';
import { searchDataFiles } from '../model/files';
import { parseQuery, runQuery, SEARCH_PAGE_SIZE, shardFor, shardKeys, type Shard } from '../model/query';
import { wordForms } from '../model/normalize';
import { type SearchDoc, type SearchMeta } from '../model/schema';

export const searchKeys = {
  meta: () => ['search', 'meta'] as const,
  // Shards and chunks belong to one build of the index: its id is in their keys, so they never mix.
  shard: (buildId: string, key: string) => ['search', 'shard', buildId, key] as const,
  docChunk: (buildId: string, chunk: number) => ['search', 'docs', buildId, chunk] as const,
  results: (words: readonly string[]) => ['search', 'results', ...words] as const,
};

export const searchMetaQuery = () =>
  queryOptions({
    queryKey: searchKeys.meta(),
    queryFn: ({ signal }) => fetchJson(searchDataFiles.meta.url(), searchDataFiles.meta.parse, signal),
  });

const shardQuery = (buildId: string, key: string) =>
  queryOptions({
    queryKey: searchKeys.shard(buildId, key),
    queryFn: ({ signal }) => fetchJson(searchDataFiles.shard.url(key), searchDataFiles.shard.parse, signal),
    staleTime: Infinity,
  });

const docChunkQuery = (buildId: string, chunk: number) =>
  queryOptions({
    queryKey: searchKeys.docChunk(buildId, chunk),
    queryFn: ({ signal }) => fetchJson(searchDataFiles.docChunk.url(chunk), searchDataFiles.docChunk.parse, signal),
    staleTime: Infinity,
  });

export interface SearchResults {
  /** The folded words searched for, to highlight them. */
  words: string[];
  /** Documents (language versions of articles) that match. */
  total: number;
  /** The first page of them, best first. */
  items: SearchDoc[];
}

// The set of shard keys, made once per index rather than once per search.
const shardSets = new WeakMap<SearchMeta, ReadonlySet<string>>();
const knownShards = (meta: SearchMeta): ReadonlySet<string> => {
  let known = shardSets.get(meta);
  if (!known) shardSets.set(meta, (known = new Set(meta.shards)));
  return known;
};

// The index files are fetched inside the results query, which does the retrying: once, not per file too.
const once = { retry: false } as const;

const search = async (client: QueryClient, words: string[]): Promise<SearchResults> => {
  if (words.length === 0) return { words, total: 0, items: [] };
  const meta: SearchMeta = await client.fetchQuery({ ...searchMetaQuery(), ...once });
  const known = knownShards(meta);
  // A word that starts no indexed word in any of its forms (no part of the index holds it): nothing to
  // fetch, nothing found.
  if (!words.every((word) => wordForms(word).some((form) => shardFor(form, known) !== undefined))) return { words, total: 0, items: [] };
  const keys = shardKeys(words, known);
  const loaded = await Promise.all(keys.map((key) => client.fetchQuery({ ...shardQuery(meta.buildId, key), ...once })));
  const shards = new Map<string, Shard>(keys.map((key, i) => [key, loaded[i]!]));
  const { total, docs: page } = runQuery(words, shards, meta.docCount, SEARCH_PAGE_SIZE);

  const chunkNumbers = [...new Set(page.map((doc) => Math.floor(doc / meta.chunkSize)))];
  const chunks = new Map(
    await Promise.all(chunkNumbers.map(async (n) => [n, await client.fetchQuery({ ...docChunkQuery(meta.buildId, n), ...once })] as const)),
  );
  const items = page.map((doc) => {
    const chunk = chunks.get(Math.floor(doc / meta.chunkSize));
    const item = chunk?.docs[doc - chunk.first];
    if (!item)
      throw new ContentError(searchDataFiles.docChunk.url(Math.floor(doc / meta.chunkSize)), [
        { path: 'docs', message: `expected document ${doc}, received nothing` },
      ]);
    return item;
  });
  return { words, total, items };
};

/**
 * Every language version of every article that has all the words of `q` (as word beginnings, in any
 * case, Kazakh letters optional), headline matches first, then newest first. Index files are each
 * their own query, so a word searched again costs no request.
 */
export const searchQuery = (q: string) => {
  const parsed = parseQuery(q);
  const words = parsed.kind === 'words' ? parsed.words : [];
  return queryOptions({
    queryKey: searchKeys.results(words),
    queryFn: async ({ client }) => {
      try {
        return await search(client, words);
      } catch (error) {
        if (!(error instanceof HttpError && error.status === 404)) throw error;
        // A file the index lists is missing: most likely a publish happened since the index was read.
        // Forget it, so that trying again starts from the new one; meanwhile the data is inconsistent.
        client.removeQueries({ queryKey: searchKeys.meta() });
        throw new ContentError(error.url, [{ path: '', message: 'expected a file of the search index, received a 404' }]);
      }
    },
  });
};
