import type { TimelineMonths } from '../../../content/schema';

/** A month as the list of months gives it (its count is all these functions need). */
type Month = Pick<TimelineMonths['months'][number], 'month' | 'count'>;

/** The month list by year, newest first, as the data gives them. */
export const monthsByYear = <M extends Month>(months: M[]): { year: string; months: M[] }[] => {
  const years: { year: string; months: M[] }[] = [];
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
