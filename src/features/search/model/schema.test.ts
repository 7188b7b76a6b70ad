import { describe, expect, it } from 'vitest';
import { parseSearchDocChunk, parseSearchMeta, parseSearchShard } from './schema';

describe('search index schemas', () => {
  it('accepts valid files', () => {
    expect(parseSearchMeta({ buildId: '0123abcd', docCount: 3, chunkSize: 100, shards: ['ст', 'pi'] }).ok).toBe(true);
    expect(parseSearchShard({ terms: ['степной', 'степь'], docs: ['0', '10'], headline: ['', '1'] }).ok).toBe(true);
    const doc = { articleId: 'a-1', lang: 'kk', publishedAt: '2023-04-27T11:00:00+05:00', headline: 'Жайлау', summary: 'Ерте.' };
    expect(parseSearchDocChunk({ first: 0, docs: [doc] }).ok).toBe(true);
  });

  it.each<[string, (input: unknown) => { ok: boolean }, unknown, string]>([
    ['a meta without shards', parseSearchMeta, { buildId: '0123abcd', docCount: 3, chunkSize: 100 }, 'shards'],
    ['a build id that is not hex', parseSearchMeta, { buildId: 'x', docCount: 3, chunkSize: 100, shards: [] }, 'buildId'],
    ['postings with other characters', parseSearchShard, { terms: ['ab'], docs: ['0"'], headline: [''] }, 'docs[0]'],
    ['postings that stop midway', parseSearchShard, { terms: ['ab'], docs: ['0W'], headline: [''] }, 'docs[0]'],
    ['fewer postings than words', parseSearchShard, { terms: ['ab', 'ac'], docs: ['0'], headline: ['', ''] }, ''],
    ['words out of order', parseSearchShard, { terms: ['ac', 'ab'], docs: ['0', '0'], headline: ['', ''] }, ''],
    [
      'a document in an unknown language',
      parseSearchDocChunk,
      { first: 0, docs: [{ articleId: 'a', lang: 'de', publishedAt: '2023-04-27', headline: 'H', summary: 'S' }] },
      'docs[0].lang',
    ],
    [
      'a document with an impossible date',
      parseSearchDocChunk,
      { first: 0, docs: [{ articleId: 'a', lang: 'en', publishedAt: '2023-02-30', headline: 'H', summary: 'S' }] },
      'docs[0].publishedAt',
    ],
  ])('refuses %s', (_, parse, input, path) => {
    const parsed = parse(input) as { ok: false; problems: { path: string; message: string }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.problems[0]?.path).toBe(path);
  });
});
