import { useSuspenseQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineMonthQuery } from '../../features/timeline/api/get-timeline-month';
import { timelineMonthsQuery } from '../../features/timeline/api/get-timeline-months';
import { MonthNavigation } from '../../features/timeline/components/month-navigation';
import { TimelineEntries } from '../../features/timeline/components/timeline-entries';
import { NotFoundError } from '../../shared/api/not-found';
import type { Lang, TimelineMonths } from '../../shared/content/schema';
import { formatMonth, isYearMonth } from '../../shared/format/format-date';
import { formatNumber } from '../../shared/format/format-number';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { useSearchParam } from '../../shared/ui/use-search-param';
import { useLang } from '../use-lang';
import { useScrollToTop } from './use-scroll-to-top';

/** `/{lang}/timeline?month=YYYY-MM`: one month of dated events and articles; the newest month by default. */
export default function TimelinePage() {
  const lang = useLang();
  const { t } = useTranslation();
  // Deferred: the current month stays on screen (also the prerendered one) until the next has its data.
  const monthParam = useDeferredValue(useSearchParam('month')[0]);
  useScrollToTop(monthParam ?? '');
  if (monthParam && !isYearMonth(monthParam)) throw new NotFoundError('page');
  const { data } = useSuspenseQuery(timelineMonthsQuery());
  const month = monthParam || data.months[0]?.month;
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {t('timeline.title')}
      </h1>
      {month ? <Month month={month} chosen={!!monthParam} months={data.months} lang={lang} /> : <Empty />}
    </>
  );
}

function Empty() {
  const { t } = useTranslation();
  usePageMeta({ title: t('timeline.title'), description: t('timeline.description') });
  return <p>{t('timeline.empty')}</p>;
}

interface MonthProps {
  month: string;
  /** Whether the address names the month; the default view keeps the title the page was prerendered with. */
  chosen: boolean;
  months: TimelineMonths['months'];
  lang: Lang;
}

function Month({ month, chosen, months, lang }: MonthProps) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(timelineMonthQuery(month));
  const heading = formatMonth(month, lang);
  usePageMeta({
    title: chosen ? t('timeline.monthTitle', { month: heading }) : t('timeline.title'),
    description: t('timeline.description'),
  });
  return (
    <>
      <section className="timeline-month" aria-labelledby="timeline-month-heading">
        <h2 id="timeline-month-heading" className="month-heading">
          {heading}
        </h2>
        <p className="list-count">
          {t('timeline.entryCount', { count: data.entries.length, formatted: formatNumber(data.entries.length, lang) })}
        </p>
        <TimelineEntries entries={data.entries} lang={lang} />
      </section>
      <MonthNavigation months={months} current={month} lang={lang} />
    </>
  );
}
