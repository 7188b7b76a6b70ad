// Where the build writes the search index and the browser fetches it: paths under the site root.

/** A shard key as a file name any server and URL take as is: its characters' code points in hex. */
export const shardFileName = (key: string): string => Array.from(key, (char) => char.codePointAt(0)!.toString(16)).join('-');

export const searchPaths = {
  meta: () => 'data/search/meta.json',
  shard: (key: string) => `data/search/terms/${shardFileName(key)}.json`,
  docChunk: (chunk: number) => `data/search/docs/${chunk}.json`,
} as const;
