// Where the build writes the search index and the browser fetches it, with the schema of each file.
import { dataFile } from '../../../content/data-files';
import { SearchDocChunkSchema, SearchMetaSchema, SearchShardSchema } from './schema';

/** A shard key as a file name any server and URL take as is: its characters' code points in hex. */
export const shardFileName = (key: string): string => Array.from(key, (char) => char.codePointAt(0)!.toString(16)).join('-');

export const searchDataFiles = {
  meta: dataFile(() => 'data/search/meta.json', SearchMetaSchema),
  /** A file of a part of the index: a shard by its key's file name, or a block's bucket (`b3`). */
  shard: dataFile(
    (piece: { start: number; size: number }, name: string) => `data/search/terms/${piece.size}-${piece.start}/${name}.json`,
    SearchShardSchema,
  ),
  docChunk: dataFile((chunk: number) => `data/search/docs/${chunk}.json`, SearchDocChunkSchema),
} as const;
