import { searchDataFiles } from './files';
import { describe, expect, it } from 'vitest';

describe('search index schemas', () => {
  it('accepts valid files', () => {
    const pieces = [
      { start: 0, size: 2, shards: ['ст', 'pi'] },
      { start: 2, size: 2 },
    ];
    expect(searchDataFiles.meta.parse({ buildId: '0123abcd', docCount: 3, chunkSize: 100, buckets: 16, pieces }).ok).toBe(true);
    expect(searchDataFiles.shard.parse({ terms: ['степной', 'степь'], docs: ['0', '10'], headline: ['', '1'] }).ok).toBe(true);
    const doc = { articleId: 'a-1', lang: 'kk', publishedAt: '2023-04-27T11:00:00+05:00', headline: 'Жайлау', summary: 'Ерте.' };
    expect(searchDataFiles.docChunk.parse({ first: 0, docs: [doc] }).ok).toBe(true);
  });

  it.each<[string, (input: unknown) => { ok: boolean }, unknown, string]>([
    ['a meta without parts', searchDataFiles.meta.parse, { buildId: '0123abcd', docCount: 3, chunkSize: 100, buckets: 16 }, 'pieces'],
    [
      'a build id that is not hex',
      searchDataFiles.meta.parse,
      { buildId: 'x', docCount: 3, chunkSize: 100, buckets: 16, pieces: [] },
      'buildId',
    ],
    [
      'a part of no size',
      searchDataFiles.meta.parse,
      { buildId: '0123abcd', docCount: 3, chunkSize: 100, buckets: 16, pieces: [{ start: 0, size: 0 }] },
      'pieces[0].size',
    ],
    ['postings with other characters', searchDataFiles.shard.parse, { terms: ['ab'], docs: ['0"'], headline: [''] }, 'docs[0]'],
    ['postings that stop midway', searchDataFiles.shard.parse, { terms: ['ab'], docs: ['0W'], headline: [''] }, 'docs[0]'],
    ['fewer postings than words', searchDataFiles.shard.parse, { terms: ['ab', 'ac'], docs: ['0'], headline: ['', ''] }, ''],
    ['words out of order', searchDataFiles.shard.parse, { terms: ['ac', 'ab'], docs: ['0', '0'], headline: ['', ''] }, ''],
    [
      'a document in an unknown language',
      searchDataFiles.docChunk.parse,
      { first: 0, docs: [{ articleId: 'a', lang: 'de', publishedAt: '2023-04-27', headline: 'H', summary: 'S' }] },
      'docs[0].lang',
    ],
    [
      'a document with an impossible date',
      searchDataFiles.docChunk.parse,
      { first: 0, docs: [{ articleId: 'a', lang: 'en', publishedAt: '2023-02-30', headline: 'H', summary: 'S' }] },
      'docs[0].publishedAt',
    ],
  ])('refuses %s', (_, parse, input, path) => {
    const parsed = parse(input) as { ok: false; problems: { path: string; message: string }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]?.path).toBe(path);
  });
});
