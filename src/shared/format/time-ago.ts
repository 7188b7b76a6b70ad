// How long ago a content date was, for the "3 hours ago" shown beside recent dates.
import { toCalendarDate } from './format-date';
import type { RelativeTimeUnit } from './format-relative-time';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type TimeAgo =
  /** A date-only value that is the reader's today: it has no time to count from. */
  | { kind: 'today' }
  /** Whole units elapsed, the largest unit that fits (never rounded up). */
  | { kind: 'elapsed'; value: number; unit: Extract<RelativeTimeUnit, 'second' | 'minute' | 'hour' | 'day'> };

/**
 * How long before `now` the ISO date or date-time `iso` was, when that is less than `withinDays` days;
 * null when it is longer ago or in the future. A date-only value is a calendar day, compared with the
 * reader's own calendar day of `now` (local time), so it counts in days; a date-time counts from its moment.
 */
export const timeAgo = (iso: string, now: Date, withinDays = 7): TimeAgo | null => {
  const { year, month, day, time } = toCalendarDate(iso);
  if (time === undefined) {
    const days = Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(year, month - 1, day)) / DAY);
    if (days < 0 || days >= withinDays) return null;
    return days === 0 ? { kind: 'today' } : { kind: 'elapsed', value: days, unit: 'day' };
  }
  const elapsed = now.getTime() - Date.parse(iso);
  if (!(elapsed >= 0) || elapsed >= withinDays * DAY) return null;
  if (elapsed < MINUTE) return { kind: 'elapsed', value: Math.floor(elapsed / SECOND), unit: 'second' };
  if (elapsed < HOUR) return { kind: 'elapsed', value: Math.floor(elapsed / MINUTE), unit: 'minute' };
  if (elapsed < DAY) return { kind: 'elapsed', value: Math.floor(elapsed / HOUR), unit: 'hour' };
  return { kind: 'elapsed', value: Math.floor(elapsed / DAY), unit: 'day' };
};
