import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../shared/content/schema';
import { byDay, monthsByYear, neighbourMonths } from './months';

const months = [
  { month: '2024-02', count: 3 },
  { month: '2024-01', count: 1 },
  { month: '2023-12', count: 4 },
  { month: '2023-04', count: 2 },
  { month: '2021-07', count: 1 },
];

describe('monthsByYear', () => {
  it('groups months under their year, keeping the order', () => {
    expect(monthsByYear(months)).toEqual([
      { year: '2024', months: [months[0], months[1]] },
      { year: '2023', months: [months[2], months[3]] },
      { year: '2021', months: [months[4]] },
    ]);
  });
  it('has no years without months', () => {
    expect(monthsByYear([])).toEqual([]);
  });
});

describe('neighbourMonths', () => {
  it.each([
    ['2024-02', { older: '2024-01' }],
    ['2024-01', { newer: '2024-02', older: '2023-12' }],
    ['2023-04', { newer: '2023-12', older: '2021-07' }],
    ['2021-07', { newer: '2023-04' }],
    ['2020-01', {}],
  ])('around %s', (current, expected) => {
    expect(neighbourMonths(months, current)).toEqual(expected);
  });
  it('has none for a single month', () => {
    expect(neighbourMonths([{ month: '2023-04', count: 1 }], '2023-04')).toEqual({});
  });
});

describe('byDay', () => {
  const entry = (date: string, text: string): TimelineEntry => ({
    articleId: 'a',
    original: 'en',
    publishedAt: '2023-04-27',
    headlines: { en: 'H' },
    kind: 'event',
    date,
    eventId: text,
    texts: { en: text },
  });
  it('orders by the day the content states, keeping the given order within a day', () => {
    const entries = [
      entry('2023-04-27', 'c'),
      // 01:00 in Almaty is still the 27th, though it is the 26th in UTC.
      entry('2023-04-27T01:00:00+06:00', 'd'),
      entry('2023-04-03', 'a'),
      entry('2023-04-26T23:00:00Z', 'b'),
    ];
    expect(byDay(entries).map((e) => e.texts.en)).toEqual(['a', 'b', 'c', 'd']);
  });
});
