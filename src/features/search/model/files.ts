// Where the build writes the search index and the browser fetches it, with the schema of each file.
import { dataFile } from '../../../content/data-files';
import { SearchDocChunkSchema, SearchMetaSchema, SearchShardSchema } from './schema';

/** A shard key as a file name any server and URL take as is: its characters' code points in hex. */
export const shardFileName = (key: string): string => Array.from(key, (char) => char.codePointAt(0)!.toString(16)).join('-');

export const searchDataFiles = {
  meta: dataFile(() => 'data/search/meta.json', SearchMetaSchema),
  shard: dataFile((key: string) => `data/search/terms/${shardFileName(key)}.json`, SearchShardSchema),
  docChunk: dataFile((chunk: number) => `data/search/docs/${chunk}.json`, SearchDocChunkSchema),
} as const;
