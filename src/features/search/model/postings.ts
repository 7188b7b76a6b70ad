// Which documents hold a word, as a compact string: the gaps between ascending document numbers, each
// written in base 32 with characters that JSON never escapes. A string rather than a JSON array so that a
// part of the index parses at the speed of copying text, and only the words a query touches are decoded.

// A gap's last digit comes from the first alphabet, its leading digits from the second.
const LAST = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const MORE = 'WXYZabcdefghijklmnopqrstuvwxyz-_';

/** Characters a postings string may contain. */
export const POSTINGS_PATTERN = /^[0-9A-Za-z_-]*[0-9A-V]$/;

const DIGITS = new Int8Array(128).fill(-1);
for (let i = 0; i < 32; i++) {
  DIGITS[LAST.charCodeAt(i)] = i;
  DIGITS[MORE.charCodeAt(i)] = 32 + i;
}

/** Encodes ascending, distinct document numbers (the build's side). */
export const encodePostings = (docs: readonly number[]): string => {
  let out = '';
  let previous = -1;
  for (const doc of docs) {
    if (!Number.isInteger(doc) || doc <= previous) throw new Error(`document numbers must ascend: ${doc} after ${previous}`);
    // Gaps are at least 1; storing gap - 1 makes the dense case (consecutive documents) one "0" each.
    let value = doc - previous - 1;
    let digits = LAST[value % 32]!;
    value = Math.floor(value / 32);
    while (value > 0) {
      digits = MORE[value % 32]! + digits;
      value = Math.floor(value / 32);
    }
    out += digits;
    previous = doc;
  }
  return out;
};

/**
 * Writes the document numbers of `postings` into `out` from index 0, ascending, and returns how many
 * there are: the query's tight loop, with no call per document. `out` needs room for `postings.length`
 * numbers (every document takes one character at least).
 */
export const decodePostingsInto = (postings: string, out: Int32Array): number => {
  let count = 0;
  let doc = -1;
  let value = 0;
  for (let i = 0; i < postings.length; i++) {
    const digit = DIGITS[postings.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new Error(`not a postings string: ${JSON.stringify(postings.slice(0, 20))}`);
    if (digit >= 32) value = value * 32 + digit - 32;
    else {
      doc += value * 32 + digit + 1;
      out[count++] = doc;
      value = 0;
    }
  }
  return count;
};

export const decodePostings = (postings: string): number[] => {
  const out = new Int32Array(postings.length);
  return Array.from(out.subarray(0, decodePostingsInto(postings, out)));
};
