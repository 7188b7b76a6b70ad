import { useTranslation } from 'react-i18next';
import type { Lang } from '../content/schema';
import { formatRelativeTime } from '../format/format-relative-time';
import type { TimeAgo } from '../format/time-ago';

interface Props {
  iso: string;
  /** The date as the interface language writes it. */
  date: string;
  ago: TimeAgo;
  lang: Lang;
}

/** `27 April 2023 (3 hours ago)`, `2023 ж. 27 сәуір (бүгін)`. */
export function TimeAgoText({ iso, date, ago, lang }: Props) {
  const { t } = useTranslation();
  // -value: the past, also for "0 seconds ago".
  const since = ago.kind === 'today' ? t('date.today') : formatRelativeTime(-ago.value, ago.unit, lang);
  return <time dateTime={iso}>{t('date.withTimeAgo', { date, timeAgo: since })}</time>;
}
