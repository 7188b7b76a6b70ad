import { useSuspenseQueries } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { quotesQuery } from '../../features/quotes/api/get-quotes';
import { speakersQuery } from '../../features/quotes/api/get-speakers';
import { QuoteList } from '../../features/quotes/components/quote-list';
import { SpeakerFilter } from '../../features/quotes/components/speaker-filter';
import { NotFoundError } from '../../shared/api/not-found';
import { isId } from '../../content/fields';
import { personLabel } from '../../content/entities/entity-names';
import { entitiesOf } from '../../content/entities/get-entities';
import { formatNumber } from '../../shared/format/format-number';
import { paths } from '../../shared/paths';
import { pageNumber } from '../../shared/ui/page-number';
import { Pager } from '../../shared/ui/pager';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { useSearchParam } from '../../shared/ui/use-search-param';
import { langAttr } from '../../shared/ui/lang-attr';
import { Slotted } from '../../shared/ui/slotted';
import { pageText } from '../pages';
import { useLang } from '../use-lang';
import { useScrollToTop } from './use-scroll-to-top';

/** `/{lang}/quotes?speaker=<id>&page=<n>`: every quote, newest first, or one speaker's. */
export default function QuotesPage() {
  const lang = useLang();
  const { t } = useTranslation();
  const [speakerInAddress, setSpeaker] = useSearchParam('speaker');
  const [pageInAddress] = useSearchParam('page');
  // Deferred: the current list stays on screen (also the prerendered one) until the next has its data.
  const speakerParam = useDeferredValue(speakerInAddress);
  const pageParam = useDeferredValue(pageInAddress);
  // Not for the speaker: the filter keeps focus while the reader moves through its choices.
  useScrollToTop(pageParam ?? '');
  const speaker = speakerParam || null;
  if (speaker !== null && !isId(speaker)) throw new NotFoundError('page');
  const page = pageNumber(pageParam);
  const [{ data: quotes }, { data: speakers }] = useSuspenseQueries({ queries: [quotesQuery(speaker, page), speakersQuery()] });
  const entities = entitiesOf(speakers.entities, quotes.entities);
  const name = speaker ? personLabel(speaker, entities, lang, lang).name : null;
  const text = pageText('quotes', t);
  const title = name ? t('quotes.bySpeaker', { name: name.text }) : text.title;
  usePageMeta({ title, description: text.description });
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {name ? (
          <Slotted render={(slot) => t('quotes.bySpeaker', { name: slot })}>
            <span {...langAttr(name.lang, lang)}>{name.text}</span>
          </Slotted>
        ) : (
          title
        )}
      </h1>
      <SpeakerFilter speakers={speakers} entities={entities} lang={lang} value={speaker} onChange={setSpeaker} />
      {quotes.total === 0 ? (
        <p>{t('quotes.empty')}</p>
      ) : (
        <>
          <p className="list-count">{t('quotes.count', { count: quotes.total, formatted: formatNumber(quotes.total, lang) })}</p>
          <QuoteList items={quotes.items} entities={entities} lang={lang} />
        </>
      )}
      <Pager
        page={quotes.page}
        pageCount={quotes.pageCount}
        lang={lang}
        href={(n) => paths.quotes(lang, { speaker: speaker ?? undefined, page: n })}
      />
    </>
  );
}
