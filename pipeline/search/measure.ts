// What the browser does to answer a search once the index files have arrived, timed in Node: for the
// bench (`measureSearch`) and for checking the index's shape at a given size.
import { gzipSync } from 'node:zlib';
import { searchDataFiles } from '../../src/features/search/model/files.ts';
import { pieceShards, shardFiles } from '../../src/features/search/model/pieces.ts';
import { parseQuery, runQuery, SEARCH_PAGE_SIZE } from '../../src/features/search/model/query.ts';
import { type SearchMeta } from '../../src/features/search/model/schema.ts';

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
}

export interface SearchMeasurement {
  /** Milliseconds from the files' text to the first page's records: parse and validate shards, query, parse and validate doc chunks. */
  p50: number;
  p95: number;
  /** Milliseconds of the query step alone, on shards already parsed. */
  query: Percentiles;
  /** How many queries were timed (the queries given, repeated in turn), after one untimed pass. */
  runs: number;
  /** Milliseconds of the very first answer, before the JIT has seen the code (a fresh page's first search). */
  first: number;
  /** Bytes of the index, as served (JSON) and as gzip would send it. */
  shardBytes: {
    total: number;
    totalGzip: number;
    largest: { path: string; bytes: number; gzip: number };
    /** How many shards there are (a block's buckets count as shards), and their sizes as served. */
    count: number;
    sizes: Percentiles;
    /** Bytes of shards one query loads, and how many files. */
    perQuery: Percentiles;
    filesPerQuery: Percentiles;
    /** The parts of the index (decision 18). */
    pieces: number;
  };
  docBytes: {
    total: number;
    largestChunk: number;
    /** Bytes of document chunks one query loads for its first page of results, and how many chunks. */
    perQuery: Percentiles;
    chunksPerQuery: Percentiles;
  };
  /** Matches per query, in the order given. */
  totals: number[];
}

const percentiles = (values: number[]): Percentiles => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
};

const valid = <T>(parsed: { ok: true; value: T } | { ok: false; problems: unknown[] }, what: string): T => {
  if (!parsed.ok) throw new Error(`${what} is not a valid search file: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  return parsed.value;
};

/**
 * Times the browser's work for each query over the files of `searchFiles` (by path): the needed shards
 * and document chunks arrive as JSON text, are parsed and validated, and the query runs on them.
 */
export const measureSearch = (files: Map<string, unknown>, queries: string[], { runs = 200 } = {}): SearchMeasurement => {
  const text = new Map([...files].map(([path, data]) => [path, JSON.stringify(data)]));
  const read = (path: string): string => {
    const body = text.get(path);
    if (body === undefined) throw new Error(`no search file ${path}`);
    return body;
  };
  const meta: SearchMeta = valid(searchDataFiles.meta.parse(JSON.parse(read(searchDataFiles.meta.file()))), 'meta');
  const shardSize = new Map<string, number>();
  let total = 0;
  let totalGzip = 0;
  let largest = { path: '', bytes: 0, gzip: 0 };
  const sizes: number[] = [];
  for (const [path, body] of text)
    if (path.startsWith('data/search/terms/')) {
      const bytes = Buffer.byteLength(body);
      const gzip = gzipSync(body).length;
      shardSize.set(path, bytes);
      sizes.push(bytes);
      total += bytes;
      totalGzip += gzip;
      if (bytes > largest.bytes) largest = { path, bytes, gzip };
    }
  const docSize = new Map<string, number>();
  let docTotal = 0;
  let largestChunk = 0;
  for (const [path, body] of text)
    if (path.startsWith('data/search/docs/')) {
      const bytes = Buffer.byteLength(body);
      docSize.set(path, bytes);
      docTotal += bytes;
      largestChunk = Math.max(largestChunk, bytes);
    }

  const usable = queries.filter((query) => parseQuery(query).kind === 'words');
  if (usable.length === 0) throw new Error('no query has a word of two characters or more');

  /** One search as the browser does it once the files have arrived; times in milliseconds. */
  const answer = (query: string) => {
    const started = performance.now();
    const parsed = parseQuery(query);
    const words = parsed.kind === 'words' ? parsed.words : [];
    const files = shardFiles(words, meta) ?? [];
    let bytes = 0;
    const loaded = files.map(({ piece, name }) => {
      const path = searchDataFiles.shard.file(piece, name);
      bytes += shardSize.get(path) ?? 0;
      return valid(searchDataFiles.shard.parse(JSON.parse(read(path))), path);
    });
    const pieces = pieceShards(files, loaded);
    const queryStarted = performance.now();
    const { total: matches, docs } = runQuery(words, pieces, meta.docCount, SEARCH_PAGE_SIZE);
    const queryEnded = performance.now();
    const chunks = new Set(docs.map((doc) => Math.floor(doc / meta.chunkSize)));
    let docBytes = 0;
    for (const chunk of chunks) {
      const path = searchDataFiles.docChunk.file(chunk);
      docBytes += docSize.get(path) ?? 0;
      valid(searchDataFiles.docChunk.parse(JSON.parse(read(path))), `chunk ${chunk}`);
    }
    return {
      total: performance.now() - started,
      query: queryEnded - queryStarted,
      bytes,
      files: files.length,
      docBytes,
      chunks: chunks.size,
      found: matches,
    };
  };

  const first = answer(usable[0]!).total;
  const totals = usable.map((query) => answer(query).found);
  const measured = Array.from({ length: Math.max(runs, 1) }, (_, run) => answer(usable[run % usable.length]!));
  const times = measured.map((m) => m.total);
  const { p50, p95 } = percentiles(times);
  return {
    p50,
    p95,
    query: percentiles(measured.map((m) => m.query)),
    runs: measured.length,
    first,
    shardBytes: {
      total,
      totalGzip,
      largest,
      count: sizes.length,
      sizes: percentiles(sizes),
      perQuery: percentiles(measured.map((m) => m.bytes)),
      filesPerQuery: percentiles(measured.map((m) => m.files)),
      pieces: meta.pieces.length,
    },
    docBytes: {
      total: docTotal,
      largestChunk,
      perQuery: percentiles(measured.map((m) => m.docBytes)),
      chunksPerQuery: percentiles(measured.map((m) => m.chunks)),
    },
    totals,
  };
};
