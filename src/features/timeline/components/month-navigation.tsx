import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TimelineMonths } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { formatMonth, monthName } from '../../../shared/format/format-date';
import { formatNumber } from '../../../shared/format/format-number';
import { paths } from '../../../shared/paths';
import { monthsByYear, neighbourMonths } from '../model/months';
import './month-navigation.css';

interface Props {
  months: TimelineMonths['months'];
  current: string;
  lang: Lang;
}

/** The earlier and the later month (in reading order, earlier first), then every month with entries, by year. */
export function MonthNavigation({ months, current, lang }: Props) {
  const { t } = useTranslation();
  const { newer, older } = neighbourMonths(months, current);
  return (
    <nav className="month-navigation" aria-labelledby="timeline-months-heading">
      {(newer || older) && (
        <ul className="month-steps">
          {older && (
            <li className="month-step-older">
              <Link to={paths.timeline(lang, { month: older })}>{t('timeline.older', { month: formatMonth(older, lang) })}</Link>
            </li>
          )}
          {newer && (
            <li className="month-step-newer">
              <Link to={paths.timeline(lang, { month: newer })}>{t('timeline.newer', { month: formatMonth(newer, lang) })}</Link>
            </li>
          )}
        </ul>
      )}
      <h2 id="timeline-months-heading">{t('timeline.allMonths')}</h2>
      {monthsByYear(months).map(({ year, months: ofYear }) => (
        <section key={year} className="month-year" aria-labelledby={`timeline-year-${year}`}>
          <h3 id={`timeline-year-${year}`}>{year}</h3>
          <ul className="month-list">
            {ofYear.map(({ month, count }) => (
              <li key={month}>
                <Link to={paths.timeline(lang, { month })} aria-current={month === current ? 'page' : undefined}>
                  <span className="month-name">{monthName(Number(month.slice(5)), lang)}</span>{' '}
                  <span className="month-count">{t('timeline.entryCount', { count, formatted: formatNumber(count, lang) })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
