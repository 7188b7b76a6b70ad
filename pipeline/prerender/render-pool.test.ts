import { describe, expect, it } from 'vitest';
import { PAGES_PER_WORKER, workerCount } from './render-pool.ts';

describe('workerCount', () => {
  it.each<[string, number, number, string | undefined, number]>([
    ['a small site renders in one worker', 31, 2, undefined, 1],
    ['one worker up to the pages one is worth', PAGES_PER_WORKER, 8, undefined, 1],
    ['one more page is worth a second', PAGES_PER_WORKER + 1, 8, undefined, 2],
    ['a large site, one per core', 30_000, 2, undefined, 2],
    ['never more than the cores', 30_000, 4, undefined, 4],
    ['a machine that reports no cores still renders', 30_000, 0, undefined, 1],
    ['asked for', 31, 2, '3', 3],
    ['empty means not asked', 30_000, 2, '', 2],
  ])('%s', (_, pages, cores, requested, expected) => {
    expect(workerCount(pages, cores, requested)).toBe(expected);
  });

  it.each(['0', '-1', '1.5', 'two'])('refuses READER_PRERENDER_WORKERS=%s', (requested) => {
    expect(() => workerCount(100, 2, requested)).toThrow(/READER_PRERENDER_WORKERS/);
  });
});
