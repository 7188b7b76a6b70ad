// The article's date: a `date YYYY-MM-DD` line (the newsroom export format), the page's own publication
// date, or a date written out near the top ("16.06.2022 17:44", "22 октября 2022", "30 Маусым 2023").
import { isIsoDateValue } from '../../src/content/fields.ts';

const MONTHS: Record<string, number> = {};
const addMonths = (names: string) => names.split(' ').forEach((name, index) => (MONTHS[name] = index + 1));
addMonths('january february march april may june july august september october november december');
addMonths('jan feb mar apr may jun jul aug sep oct nov dec');
addMonths('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
addMonths('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь');
addMonths('қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан');

/** The export format's first line: ` date 2023-04-27 ` followed by the rest of the line. */
export const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

const iso = (year: number, month: number, day: number): string | undefined => {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDateValue(value) ? value : undefined;
};

const WRITTEN_DATE = /(\d{1,2})\s+([\p{L}]+)\.?,?\s+(\d{4})/u;
const NUMERIC_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** A date written in a line, as an ISO date, with the part of the line it took. */
export const findDate = (line: string): { date: string; index: number; length: number } | undefined => {
  const isoMatch = ISO_DATE.exec(line);
  if (isoMatch) {
    const date = iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    if (date) return { date, index: isoMatch.index, length: isoMatch[0].length };
  }
  const numeric = NUMERIC_DATE.exec(line);
  if (numeric) {
    const date = iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (date) return { date, index: numeric.index, length: numeric[0].length };
  }
  const written = WRITTEN_DATE.exec(line);
  const month = written && MONTHS[written[2]!.toLowerCase()];
  if (written && month) {
    const date = iso(Number(written[3]), month, Number(written[1]));
    if (date) return { date, index: written.index, length: written[0].length };
  }
  return undefined;
};

/** A line that is only a date (and a time, a place or a rubric around it), not a sentence. */
export const isDateLine = (line: string): boolean => {
  const found = findDate(line);
  if (!found) return false;
  const rest = (line.slice(0, found.index) + line.slice(found.index + found.length)).replace(
    /\d{1,2}:\d{2}|GMT|UTC|[+\-|,.:]|\d+|\bг\b|года?|ж\b/gu,
    ' ',
  );
  return (rest.match(/\p{L}+/gu) ?? []).length <= 2;
};

/** A date-time written after a headline on the same line ("… наград 22 октября 2022, 19:02"). */
export const withoutTrailingDate = (line: string): string => {
  const found = findDate(line);
  if (!found || found.index < 10) return line;
  const after = line.slice(found.index + found.length);
  return /^[\s,]*(\d{1,2}:\d{2})?\s*$/.test(after) ? line.slice(0, found.index).trim() : line;
};
