import type { TimelineEntry, TimelineMonths } from '../../../shared/content/schema';
import { toCalendarDate } from '../../../shared/format/format-date';

type Month = TimelineMonths['months'][number];

/** The month list by year, newest first, as the data gives them. */
export const monthsByYear = (months: Month[]): { year: string; months: Month[] }[] => {
  const years: { year: string; months: Month[] }[] = [];
  for (const month of months) {
    const year = month.month.slice(0, 4);
    const last = years[years.length - 1];
    if (last?.year === year) last.months.push(month);
    else years.push({ year, months: [month] });
  }
  return years;
};

/** The months either side of one in the list (newest first): the later one and the earlier one. */
export const neighbourMonths = (months: Month[], current: string): { newer?: string; older?: string } => {
  const index = months.findIndex((month) => month.month === current);
  if (index < 0) return {};
  const newer = months[index - 1]?.month;
  const older = months[index + 1]?.month;
  return { ...(newer && { newer }), ...(older && { older }) };
};

const dayKey = (iso: string): string => {
  const { year, month, day } = toCalendarDate(iso);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * Entries in the order of the days they state (the day written in the content, whatever its offset);
 * entries of one day keep the order the index gives them.
 */
export const byDay = (entries: TimelineEntry[]): TimelineEntry[] =>
  entries
    .map((entry, index) => ({ entry, index, day: dayKey(entry.date) }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.index - b.index))
    .map(({ entry }) => entry);
