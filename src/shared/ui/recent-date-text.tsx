import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../languages';
import { formatDate } from '../format/format-date';
import type * as RelativeTime from '../format/format-relative-time';
import { timeAgo, type TimeAgo } from '../format/time-ago';
import { useHydrated } from './use-search-param';

/** Dates at most this many days old also say how long ago they were. */
const RECENT_DAYS = 7;

// Only recent articles need the relative-time forms: they are fetched for them alone, after hydration.
let relativeTime: Promise<typeof RelativeTime> | undefined;
const loadRelativeTime = () => (relativeTime ??= import('../format/format-relative-time'));

function TimeAgoText({ iso, date, ago, lang }: { iso: string; date: string; ago: TimeAgo; lang: Lang }) {
  const { t } = useTranslation();
  const { formatRelativeTime } = use(loadRelativeTime());
  // -value: the past, also for "0 seconds ago".
  const since = ago.kind === 'today' ? t('date.today') : formatRelativeTime(-ago.value, ago.unit, lang);
  return <time dateTime={iso}>{t('date.withTimeAgo', { date, timeAgo: since })}</time>;
}

/**
 * A date as DateText writes it and, within the last week, how long ago it was: `27 April 2023 (3 hours
 * ago)`. That depends on the reader's clock, so it is added only once the page has hydrated: the
 * prerendered HTML and the first render in the browser stay the same.
 */
export function RecentDateText({ iso, lang }: { iso: string; lang: Lang }) {
  const hydrated = useHydrated();
  const date = formatDate(iso, lang);
  const plain = <time dateTime={iso}>{date}</time>;
  const ago = hydrated ? timeAgo(iso, new Date(), RECENT_DAYS) : null;
  if (!ago) return plain;
  return (
    <Suspense fallback={plain}>
      <TimeAgoText iso={iso} date={date} ago={ago} lang={lang} />
    </Suspense>
  );
}
