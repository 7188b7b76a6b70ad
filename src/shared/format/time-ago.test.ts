import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago';

const PUBLISHED = '2023-04-27T11:00:00+05:00';
/** The same moment in any time zone the tests run in. */
const at = (iso: string) => new Date(iso);

describe('timeAgo, a date-time', () => {
  it.each([
    ['2023-04-27T11:00:00+05:00', { kind: 'elapsed', value: 0, unit: 'second' }],
    ['2023-04-27T11:00:59+05:00', { kind: 'elapsed', value: 59, unit: 'second' }],
    ['2023-04-27T11:01:00+05:00', { kind: 'elapsed', value: 1, unit: 'minute' }],
    ['2023-04-27T11:59:59+05:00', { kind: 'elapsed', value: 59, unit: 'minute' }],
    ['2023-04-27T14:00:00+05:00', { kind: 'elapsed', value: 3, unit: 'hour' }],
    // Another offset, the same moment: three hours and a half are three hours.
    ['2023-04-27T09:30:00Z', { kind: 'elapsed', value: 3, unit: 'hour' }],
    ['2023-04-28T10:59:59+05:00', { kind: 'elapsed', value: 23, unit: 'hour' }],
    ['2023-04-28T11:00:00+05:00', { kind: 'elapsed', value: 1, unit: 'day' }],
    ['2023-05-04T10:59:59+05:00', { kind: 'elapsed', value: 6, unit: 'day' }],
  ])('at %s: %o', (now, expected) => {
    expect(timeAgo(PUBLISHED, at(now))).toEqual(expected);
  });

  it('is nothing from seven days on, and nothing in the future', () => {
    expect(timeAgo(PUBLISHED, at('2023-05-04T11:00:00+05:00'))).toBeNull();
    expect(timeAgo(PUBLISHED, at('2024-04-27T11:00:00+05:00'))).toBeNull();
    expect(timeAgo(PUBLISHED, at('2023-04-27T10:59:59+05:00'))).toBeNull();
  });

  it('takes another limit', () => {
    expect(timeAgo(PUBLISHED, at('2023-04-28T12:00:00+05:00'), 1)).toBeNull();
    expect(timeAgo(PUBLISHED, at('2023-04-28T10:00:00+05:00'), 1)).toEqual({ kind: 'elapsed', value: 23, unit: 'hour' });
  });
});

describe('timeAgo, a date-only value', () => {
  // Local times: a calendar date is compared with the reader's own calendar, whatever their time zone.
  const local = (year: number, month: number, day: number, hour = 12) => new Date(year, month - 1, day, hour);

  it.each([
    [local(2023, 4, 27, 0), { kind: 'today' }],
    [local(2023, 4, 27, 23), { kind: 'today' }],
    [local(2023, 4, 28, 0), { kind: 'elapsed', value: 1, unit: 'day' }],
    [local(2023, 5, 3, 23), { kind: 'elapsed', value: 6, unit: 'day' }],
  ])('on %s: %o', (now, expected) => {
    expect(timeAgo('2023-04-27', now)).toEqual(expected);
  });

  it('is nothing from seven days on, the day before, or across a year', () => {
    expect(timeAgo('2023-04-27', local(2023, 5, 4, 0))).toBeNull();
    expect(timeAgo('2023-04-27', local(2023, 4, 26, 23))).toBeNull();
    expect(timeAgo('2023-12-31', local(2024, 1, 2))).toEqual({ kind: 'elapsed', value: 2, unit: 'day' });
  });
});
