// Dates are written by hand for all three languages: browsers without Kazakh locale data (Debian's
// Chromium among them) would otherwise print `2023 M04 27`, and server and browser must agree.
import { language, type Lang } from '../languages';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** `HH:MM` in the offset the content states, when the value has a time. */
  time?: string;
}

/**
 * Reads an ISO date or date-time as the calendar date it states. A date-only value is a calendar day,
 * not midnight UTC, and a date-time keeps its own offset, so no time zone can move it to another day.
 */
export const toCalendarDate = (iso: string): CalendarDate => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  const [, year, month, day, time] = match;
  return { year: Number(year), month: Number(month), day: Number(day), ...(time ? { time } : {}) };
};

/** The instant an ISO date or date-time states, to order by; a date-only value counts as the start of its day. */
export const eventInstant = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

/** `27 April 2023`, `2023 ж. 27 сәуір`, `27 апреля 2023 г.` */
export const formatDate = (iso: string, lang: Lang): string => {
  const { year, month, day } = toCalendarDate(iso);
  const { months, datePattern } = language(lang);
  return datePattern(day, months.inDate[month - 1]!, year);
};

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether a value is a month as the timeline addresses it: `2023-04`. */
export const isYearMonth = (value: string): boolean => YEAR_MONTH.test(value);

/** A month's name on its own, as a heading or a list starts it: `April`, `сәуір`, `апрель`. */
export const monthName = (month: number, lang: Lang): string => {
  const name = language(lang).months.standalone[month - 1];
  if (!name) throw new RangeError(`not a month: ${month}`);
  return name;
};

/** `April 2023`, `2023 ж. сәуір`, `апрель 2023 г.` for a `YYYY-MM` value. */
export const formatMonth = (yyyyMm: string, lang: Lang): string => {
  const match = YEAR_MONTH.exec(yyyyMm);
  if (!match) throw new RangeError(`not a month (YYYY-MM): ${yyyyMm}`);
  const year = Number(match[1]);
  return language(lang).monthPattern(monthName(Number(match[2]), lang), year);
};
