import { describe, expect, it } from 'vitest';
import { formatDate, toCalendarDate } from './format-date';

describe('formatDate', () => {
  it.each([
    ['2023-04-27', 'en', '27 April 2023'],
    ['2023-04-27', 'kk', '2023\u00a0ж. 27 сәуір'],
    ['2023-04-27', 'ru', '27 апреля 2023\u00a0г.'],
    ['2024-01-01', 'en', '1 January 2024'],
    ['2024-01-01', 'kk', '2024\u00a0ж. 1 қаңтар'],
    ['2024-01-01', 'ru', '1 января 2024\u00a0г.'],
    ['2023-12-31', 'kk', '2023\u00a0ж. 31 желтоқсан'],
    ['2023-09-05', 'ru', '5 сентября 2023\u00a0г.'],
  ] as const)('%s in %s is %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });

  it.each([
    // Late evening in Almaty is still the stated day, whatever zone the reader or the build machine is in.
    ['2023-04-27T23:30:00+06:00', 'ru', '27 апреля 2023\u00a0г.'],
    ['2024-03-01T00:10:00+05:00', 'en', '1 March 2024'],
    ['2023-04-27T01:00:00Z', 'kk', '2023\u00a0ж. 27 сәуір'],
  ] as const)('keeps the day that %s states', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});

describe('toCalendarDate', () => {
  it('reads a date-only value as a calendar day', () => {
    expect(toCalendarDate('2023-04-27')).toEqual({ year: 2023, month: 4, day: 27 });
  });
  it('keeps the time in the stated offset', () => {
    expect(toCalendarDate('2023-04-27T11:05:00+05:00')).toEqual({ year: 2023, month: 4, day: 27, time: '11:05' });
  });
  it('refuses what is not a date', () => {
    expect(() => toCalendarDate('27.04.2023')).toThrow(RangeError);
  });
});
