import { describe, expect, it } from 'vitest';
import { bucketOf, pieceShards, shardFiles } from './pieces';
import type { Shard } from './query';
import type { SearchMeta } from './schema';

const META: SearchMeta = {
  buildId: '0123abcd',
  docCount: 40,
  chunkSize: 10,
  buckets: 16,
  pieces: [
    { start: 0, size: 32, shards: ['da', 'pi', 'ст', 'сте', '~st'] },
    { start: 32, size: 8 },
  ],
};

describe('bucketOf', () => {
  it('spreads keys over the buckets, the same way on every run', () => {
    const keys = ['da', 'pi', 'ст', '~st', 'ко', '~ko', 'th', 'zz', 'ab', 'ре'];
    const buckets = keys.map((key) => bucketOf(key, 16));
    expect(buckets.every((bucket) => Number.isInteger(bucket) && bucket >= 0 && bucket < 16)).toBe(true);
    expect(new Set(buckets).size).toBeGreaterThan(5);
    // FNV-1a of "da" (0x64 0x61), modulo 2³⁰: a value the build and the browser must agree on.
    expect(bucketOf('da', 1 << 30)).toBe((Math.imul(Math.imul(0x811c9dc5 ^ 0x64, 0x01000193) ^ 0x61, 0x01000193) >>> 0) & ((1 << 30) - 1));
  });
});

describe('shardFiles', () => {
  it('reads, for each form of each word, the shard a merged part lists and the bucket of a block', () => {
    const files = shardFiles(['степь'], META)!;
    expect(files.map(({ piece, name, keys }) => [piece.start, name, keys])).toEqual([
      // Keys in string order: the mark (U+007E) before Cyrillic.
      [0, '7e-73-74', ['~st']],
      [0, '441-442-435', ['сте']],
      ...[...new Set([bucketOf('ст', 16), bucketOf('~st', 16)])]
        .sort((a, b) => a - b)
        .map((bucket) => [32, `b${bucket}`, expect.any(Array)]),
    ]);
  });

  it('reads nothing when a word can be in no part, and only blocks for a word no merged part lists', () => {
    expect(shardFiles(['zebra'], { ...META, pieces: [META.pieces[0]!] })).toBeUndefined();
    expect(shardFiles(['zebra'], META)!.every(({ piece }) => piece.start === 32)).toBe(true);
  });

  it('gives runQuery each part’s shards by key, a bucket under every key it serves', () => {
    const shard = (term: string): Shard => ({ terms: [term], docs: ['0'], headline: [''] });
    const files = [
      { piece: META.pieces[0]!, name: 'a', keys: ['da'] },
      { piece: META.pieces[1]!, name: 'b1', keys: ['da', 'pi'] },
    ];
    const [merged, block] = pieceShards(files, [shard('data'), shard('pipe')]);
    expect([...merged!.keys()]).toEqual(['da']);
    expect([...block!.keys()]).toEqual(['da', 'pi']);
    expect(block!.get('da')).toBe(block!.get('pi'));
  });
});
