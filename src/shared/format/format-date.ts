// Dates are written by hand for all three languages: browsers without Kazakh locale data (Debian's
// Chromium among them) would otherwise print `2023 M04 27`, and server and browser must agree.
import type { Lang } from '../content/schema';

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  // Russian dates take the genitive: «27 апреля».
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

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

/** `27 April 2023`, `2023 ж. 27 сәуір`, `27 апреля 2023 г.` */
export const formatDate = (iso: string, lang: Lang): string => {
  const { year, month, day } = toCalendarDate(iso);
  const name = MONTHS[lang][month - 1];
  switch (lang) {
    case 'en':
      return `${day} ${name} ${year}`;
    case 'kk':
      return `${year}\u00a0ж. ${day} ${name}`;
    case 'ru':
      return `${day} ${name} ${year}\u00a0г.`;
  }
};

/** The value for `<time datetime>`: the content's own string is already valid there. */
export const machineDate = (iso: string): string => iso;
