import { describe, expect, it } from 'vitest';
import { decodePostings, decodePostingsInto, encodePostings, POSTINGS_PATTERN } from './postings';

describe('postings', () => {
  it.each<[string, number[], string]>([
    ['nothing', [], ''],
    ['the first document', [0], '0'],
    ['consecutive documents, one character each', [0, 1, 2, 3], '0000'],
    ['a gap', [5], '5'],
    ['the largest one-character gap', [31], 'V'],
    ['a two-character gap', [32], 'X0'],
    ['a large number', [40_000], 'XdY0'],
    ['mixed gaps', [3, 4, 100, 1000], '30YVy3'],
  ])('%s', (_, docs, encoded) => {
    expect(encodePostings(docs)).toBe(encoded);
    expect(decodePostings(encoded)).toEqual(docs);
    const out = new Int32Array(encoded.length + 2).fill(-7);
    expect(decodePostingsInto(encoded, out)).toBe(docs.length);
    expect([...out.subarray(0, docs.length)]).toEqual(docs);
    expect(out[docs.length]).toBe(-7);
    if (encoded) expect(encoded).toMatch(POSTINGS_PATTERN);
  });

  it('round-trips many random lists', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 200; n++) {
      const docs: number[] = [];
      let doc = -1;
      for (let i = 0; i < 50; i++) docs.push((doc += 1 + Math.floor(random() ** 4 * 50_000)));
      expect(decodePostings(encodePostings(docs))).toEqual(docs);
    }
  });

  it('refuses numbers that do not ascend, and strings that are not postings', () => {
    expect(() => encodePostings([3, 3])).toThrow();
    expect(() => encodePostings([-1])).toThrow();
    expect(() => encodePostings([1.5])).toThrow();
    expect(() => decodePostings('0"1')).toThrow();
    expect(() => decodePostings('0ж')).toThrow();
    expect(() => decodePostingsInto('0"1', new Int32Array(3))).toThrow();
    expect('0W').not.toMatch(POSTINGS_PATTERN);
  });
});
