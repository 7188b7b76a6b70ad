import type { BlockViewProps } from '../article-block';
import { useTranslation } from 'react-i18next';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import { eventAnchor, type TimelineBlock as Timeline } from './timeline';
import { sortEvents } from './sort-events';
import './timeline-block.css';

/** Dated events in order; each date is written the way the interface language writes dates. */
export function TimelineBlock({ block, lang, articleLang, actions }: BlockViewProps<Timeline>) {
  const { t } = useTranslation();
  const headingId = `${block.id}-heading`;
  return (
    <section className="timeline" id={block.id} tabIndex={-1} aria-labelledby={headingId}>
      {block.title ? (
        <h2 id={headingId}>{block.title}</h2>
      ) : (
        <h2 id={headingId} {...langAttr(lang, articleLang)}>
          {t('timeline.title')}
        </h2>
      )}
      <ol className="timeline-events">
        {sortEvents(block.events).map((event, index) => (
          <li key={event.id} id={event.id} tabIndex={-1} className="timeline-event">
            <span {...langAttr(lang, articleLang)}>
              <DateText iso={event.date} lang={lang} />
            </span>
            <p>{event.text}</p>
            {actions && (
              <div {...langAttr(lang, articleLang)}>{actions({ ...eventAnchor(event, index), label: 'share.copyEventLink' })}</div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
