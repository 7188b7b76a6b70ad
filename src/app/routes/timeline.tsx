import { useSuspenseQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineMonthQuery } from '../../features/timeline/api/get-timeline-month';
import { timelineMonthsQuery } from '../../features/timeline/api/get-timeline-months';
import { MonthNavigation } from '../../features/timeline/components/month-navigation';
import { TimelineEntries } from '../../features/timeline/components/timeline-entries';
import { NotFoundError } from '../../shared/api/not-found';
import type { TimelineMonths } from '../../content/schema';
import type { Lang } from '../../shared/languages';
import { formatMonth, isYearMonth } from '../../shared/format/format-date';
import { formatNumber } from '../../shared/format/format-number';
import { paths } from '../../shared/paths';
import { pageNumber } from '../../shared/ui/page-number';
import { Pager } from '../../shared/ui/pager';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { useSearchParam } from '../../shared/ui/use-search-param';
import { pageText } from '../pages';
import { useLang } from '../use-lang';
import { useScrollToTop } from './use-scroll-to-top';
import './timeline.css';

/**
 * `/{lang}/timeline?month=YYYY-MM&page=<n>`: one month of dated events and articles, the newest month by
 * default; a busy month in pages.
 */
export default function TimelinePage() {
  const lang = useLang();
  const { t } = useTranslation();
  // Deferred: the current month stays on screen (also the prerendered one) until the next has its data.
  const monthParam = useDeferredValue(useSearchParam('month')[0]);
  const pageParam = useDeferredValue(useSearchParam('page')[0]);
  useScrollToTop(`${monthParam ?? ''} ${pageParam ?? ''}`);
  if (monthParam && !isYearMonth(monthParam)) throw new NotFoundError('page');
  const page = pageNumber(pageParam);
  const { data } = useSuspenseQuery(timelineMonthsQuery());
  const month = monthParam || data.months[0]?.month;
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {pageText('timeline', t).title}
      </h1>
      {month ? <Month month={month} page={page} chosen={!!monthParam} months={data.months} lang={lang} /> : <Empty />}
    </>
  );
}

function Empty() {
  const { t } = useTranslation();
  usePageMeta(pageText('timeline', t));
  return <p>{t('timeline.empty')}</p>;
}

interface MonthProps {
  month: string;
  page: number;
  /** Whether the address names the month; the default view keeps the title the page was prerendered with. */
  chosen: boolean;
  months: TimelineMonths['months'];
  lang: Lang;
}

function Month({ month, page, chosen, months, lang }: MonthProps) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(timelineMonthQuery(month, page));
  const heading = formatMonth(month, lang);
  const text = pageText('timeline', t);
  usePageMeta({ title: chosen ? t('timeline.monthTitle', { month: heading }) : text.title, description: text.description });
  return (
    <>
      <section className="timeline-month" aria-labelledby="timeline-month-heading">
        <h2 id="timeline-month-heading" className="month-heading">
          {heading}
        </h2>
        <p className="list-count">{t('timeline.entryCount', { count: data.total, formatted: formatNumber(data.total, lang) })}</p>
        <TimelineEntries entries={data.entries} lang={lang} />
        <Pager page={data.page} pageCount={data.pageCount} lang={lang} href={(n) => paths.timeline(lang, { month, page: n })} />
      </section>
      <MonthNavigation months={months} current={month} lang={lang} />
    </>
  );
}
