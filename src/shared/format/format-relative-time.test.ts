import { describe, expect, it } from 'vitest';
import { formatRelativeTime, RELATIVE_TIME_UNITS, type RelativeTimeUnit } from './format-relative-time';

const LANGS = ['en', 'kk', 'ru'] as const;
/** Every plural form of each language, past and future, the sign of zero, grouping and fractions. */
const VALUES = [1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1234, 12345, 1.5, 0.25, 2.0004, 1.0004];
const SIGNED = [0, -0, ...VALUES.flatMap((value) => [-value, value])];

describe('formatRelativeTime', () => {
  // Node carries ICU's full locale data: its output is the reference the hand-written forms follow.
  describe.each(LANGS)('%s, as ICU writes it', (lang) => {
    const icu = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
    it.each(RELATIVE_TIME_UNITS)('%s', (unit) => {
      expect(SIGNED.map((value) => formatRelativeTime(value, unit, lang))).toEqual(SIGNED.map((value) => icu.format(value, unit)));
    });
  });

  it.each<[number, RelativeTimeUnit, (typeof LANGS)[number], string]>([
    [-3, 'hour', 'en', '3 hours ago'],
    [1, 'day', 'en', 'in 1 day'],
    [-1, 'minute', 'ru', '1 минуту назад'],
    [-2, 'minute', 'ru', '2 минуты назад'],
    [-5, 'minute', 'ru', '5 минут назад'],
    [-21, 'minute', 'ru', '21 минуту назад'],
    [3, 'hour', 'ru', 'через 3 часа'],
    [-5, 'year', 'ru', '5 лет назад'],
    [-1.5, 'day', 'ru', '1,5 дня назад'],
    [-5, 'minute', 'kk', '5 минут бұрын'],
    [3, 'hour', 'kk', '3 сағаттан кейін'],
    [-3, 'day', 'kk', '3 күн бұрын'],
    [2, 'week', 'kk', '2 аптадан кейін'],
    [-1234, 'day', 'kk', '1\u00a0234 күн бұрын'],
  ])('%d %s in %s: %s', (value, unit, lang, expected) => {
    expect(formatRelativeTime(value, unit, lang)).toBe(expected);
  });

  it('refuses what is not a number of units, as Intl does', () => {
    expect(() => formatRelativeTime(Number.NaN, 'day', 'en')).toThrow(RangeError);
    expect(() => formatRelativeTime(Number.POSITIVE_INFINITY, 'day', 'kk')).toThrow(RangeError);
  });
});
