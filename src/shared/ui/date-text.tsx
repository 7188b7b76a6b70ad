import type { Lang } from '../languages';
import { formatDate } from '../format/format-date';

/** A date as the interface language writes it, with the machine-readable value alongside. */
export function DateText({ iso, lang }: { iso: string; lang: Lang }) {
  return <time dateTime={iso}>{formatDate(iso, lang)}</time>;
}
