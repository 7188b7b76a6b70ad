import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { ContentError, fetchJson, HttpError } from '../../../shared/api/fetch-json';
import { searchDataFiles } from '../model/files';
import { parseQuery, runQuery, SEARCH_PAGE_SIZE } from '../model/query';
import { pieceShards, shardFiles } from '../model/pieces';
import { type SearchDoc, type SearchMeta, type SearchPiece } from '../model/schema';

export const searchKeys = {
  meta: () => ['search', 'meta'] as const,
  // Shards and chunks belong to one build of the index: its id is in their keys, so they never mix.
  shard: (buildId: string, piece: SearchPiece, name: string) => ['search', 'shard', buildId, piece.size, piece.start, name] as const,
  docChunk: (buildId: string, chunk: number) => ['search', 'docs', buildId, chunk] as const,
  results: (words: readonly string[]) => ['search', 'results', ...words] as const,
};

export const searchMetaQuery = () =>
  queryOptions({
    queryKey: searchKeys.meta(),
    queryFn: ({ signal }) => fetchJson(searchDataFiles.meta.url(), searchDataFiles.meta.parse, signal),
  });

const shardQuery = (buildId: string, piece: SearchPiece, name: string) =>
  queryOptions({
    queryKey: searchKeys.shard(buildId, piece, name),
    queryFn: ({ signal }) => fetchJson(searchDataFiles.shard.url(piece, name), searchDataFiles.shard.parse, signal),
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

// The index files are fetched inside the results query, which does the retrying: once, not per file too.
const once = { retry: false } as const;

const search = async (client: QueryClient, words: string[]): Promise<SearchResults> => {
  if (words.length === 0) return { words, total: 0, items: [] };
  const meta: SearchMeta = await client.fetchQuery({ ...searchMetaQuery(), ...once });
  // A word that starts no indexed word in any of its forms (no part of the index holds it): nothing to
  // fetch, nothing found.
  const files = shardFiles(words, meta);
  if (!files) return { words, total: 0, items: [] };
  const loaded = await Promise.all(
    files.map(({ piece, name }) => client.fetchQuery({ ...shardQuery(meta.buildId, piece, name), ...once })),
  );
  const { total, docs: page } = runQuery(words, pieceShards(files, loaded), meta.docCount, SEARCH_PAGE_SIZE);

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
