// Numbers are grouped by hand for the same reason as dates: Kazakh locale data is missing in some browsers.
import { language, type Lang } from '../languages';

/** `1,234,567.5`, `1 234 567,5` (with no-break spaces). */
export const formatNumber = (value: number, lang: Lang, maximumFractionDigits = 3): string => {
  if (!Number.isFinite(value)) return String(value);
  const { group, decimal } = language(lang).number;
  const [whole = '0', fraction] = Math.abs(value)
    .toFixed(maximumFractionDigits)
    .replace(/\.?0+$/, '')
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
};
