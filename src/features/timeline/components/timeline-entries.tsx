import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pickLang } from '../../../content/per-lang';
import type { TimelineEntry } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import './timeline-entries.css';

/** A month's entries in the order the index gives (by day): each its date, what it is, and a link to where it is told. */
export function TimelineEntries({ entries, lang }: { entries: TimelineEntry[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <ol className="timeline-entries">
      {entries.map((entry) => {
        const text = pickLang(entry.texts, lang, entry.original);
        const headline = pickLang(entry.headlines, lang, entry.original);
        if (!text) return null;
        const event = entry.kind === 'event' && entry.eventId;
        return (
          <li key={`${entry.articleId}#${entry.eventId ?? ''}`} className="timeline-entry">
            <p className="timeline-entry-meta">
              <DateText iso={entry.date} lang={lang} />
              <span className="timeline-entry-kind">{t(`timeline.kind.${entry.kind}`)}</span>
            </p>
            <p className="timeline-entry-text">
              <Link to={paths.article(lang, entry.articleId, event || undefined)} {...langAttr(text.lang, lang)}>
                {text.value}
              </Link>
            </p>
            {event && headline && (
              <p className="timeline-entry-source">
                {t('timeline.fromArticle')}: <span {...langAttr(headline.lang, lang)}>{headline.value}</span>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
