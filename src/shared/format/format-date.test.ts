import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, isYearMonth, monthName, toCalendarDate } from './format-date';

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

describe('formatMonth', () => {
  it.each([
    ['2023-04', 'en', 'April 2023'],
    ['2023-04', 'kk', '2023\u00a0ж. сәуір'],
    ['2023-04', 'ru', 'апрель 2023\u00a0г.'],
    ['2024-01', 'en', 'January 2024'],
    ['2024-01', 'kk', '2024\u00a0ж. қаңтар'],
    ['2024-01', 'ru', 'январь 2024\u00a0г.'],
    ['2019-12', 'kk', '2019\u00a0ж. желтоқсан'],
    ['2025-05', 'ru', 'май 2025\u00a0г.'],
    ['2025-08', 'ru', 'август 2025\u00a0г.'],
  ] as const)('%s in %s is %s', (month, lang, expected) => {
    expect(formatMonth(month, lang)).toBe(expected);
  });

  it.each(['2023-4', '2023-13', '2023-00', '2023-04-27', 'April'])('refuses %s', (value) => {
    expect(() => formatMonth(value, 'en')).toThrow(RangeError);
    expect(isYearMonth(value)).toBe(false);
  });
});

describe('monthName', () => {
  it.each([
    [4, 'en', 'April'],
    [4, 'kk', 'сәуір'],
    [4, 'ru', 'апрель'],
    [3, 'ru', 'март'],
  ] as const)('month %i in %s is %s', (month, lang, expected) => {
    expect(monthName(month, lang)).toBe(expected);
  });
  it('refuses what is not a month', () => {
    expect(() => monthName(0, 'en')).toThrow(RangeError);
  });
});
