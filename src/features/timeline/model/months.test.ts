import { describe, expect, it } from 'vitest';
import { monthsByYear, neighbourMonths } from './months';

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
