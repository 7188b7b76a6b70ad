import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, monthName } from '../format/format-date';
import { formatRelativeTime, RELATIVE_TIME_UNITS } from '../format/format-relative-time';
import { latinDate, latinWords } from './date-words';

// Written out by hand: what the formatter's Kazakh words must become.
const MONTHS = ['qañtar', 'aqpan', 'nauryz', 'säuır', 'mamyr', 'mausym', 'şılde', 'tamyz', 'qyrküiek', 'qazan', 'qaraşa', 'jeltoqsan'];

const UNITS = {
  second: ['sekund', 'sekundtan'],
  minute: ['minut', 'minuttan'],
  hour: ['sağat', 'sağattan'],
  day: ['kün', 'künnen'],
  week: ['apta', 'aptadan'],
  month: ['ai', 'aidan'],
  year: ['jyl', 'jyldan'],
} as const;

describe('Latin date words', () => {
  it('writes the twelve month names', () => {
    const kazakh = MONTHS.map((_, index) => monthName(index + 1, 'kk'));
    expect(latinWords(kazakh)).toEqual(MONTHS);
    expect(kazakh.map(latinDate)).toEqual(MONTHS);
  });

  it.each([
    ['2023-04-27', '2023\u00a0j. 27 säuır'],
    ['2024-01-01', '2024\u00a0j. 1 qañtar'],
    ['2023-09-05T11:00:00+05:00', '2023\u00a0j. 5 qyrküiek'],
    ['2023-12-31', '2023\u00a0j. 31 jeltoqsan'],
  ])('writes the date %s as %s', (iso, latin) => {
    expect(latinDate(formatDate(iso, 'kk'))).toBe(latin);
  });

  it.each([
    ['2023-04', '2023\u00a0j. säuır'],
    ['2023-07', '2023\u00a0j. şılde'],
  ])('writes the month %s as %s', (yyyyMm, latin) => {
    expect(latinDate(formatMonth(yyyyMm, 'kk'))).toBe(latin);
  });

  it.each(RELATIVE_TIME_UNITS)('writes relative times in %ss', (unit) => {
    const [past, future] = UNITS[unit];
    expect(latinDate(formatRelativeTime(-3, unit, 'kk'))).toBe(`3 ${past} būryn`);
    expect(latinDate(formatRelativeTime(5, unit, 'kk'))).toBe(`5 ${future} keiın`);
  });

  it('keeps the number as the formatter writes it', () => {
    const kazakh = formatRelativeTime(-1234.5, 'day', 'kk');
    expect(latinDate(kazakh)).toBe(kazakh.replace('күн бұрын', 'kün būryn'));
  });
});
