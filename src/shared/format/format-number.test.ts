import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number';

describe('formatNumber', () => {
  it.each([
    [1234567.891, 'en', '1,234,567.891'],
    [1234567.891, 'kk', '1\u00a0234\u00a0567,891'],
    [1234567.891, 'ru', '1\u00a0234\u00a0567,891'],
    [1234, 'en', '1,234'],
    [1234, 'kk', '1\u00a0234'],
    [1234, 'ru', '1\u00a0234'],
    [12345, 'ru', '12\u00a0345'],
    [0, 'kk', '0'],
    [21, 'ru', '21'],
    [-1500.5, 'en', '-1,500.5'],
    [100, 'en', '100'],
  ] as const)('%s in %s is %s', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });

  it('agrees with full ICU data where a runtime has it', () => {
    // Node ships full ICU: the hand-written rules must give what CLDR gives.
    for (const lang of ['en', 'kk', 'ru'] as const) {
      for (const value of [7, 1234, 98765, 1234567.891]) {
        const icu = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 }).format(value).replace(/\u202f/g, '\u00a0');
        expect(formatNumber(value, lang)).toBe(icu);
      }
    }
  });
});
