import { useSuspenseQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { awardGrantsQuery } from '../../features/awards/api/get-award-grants';
import { awardsSummaryQuery } from '../../features/awards/api/get-awards-summary';
import { AwardGroup } from '../../features/awards/components/award-group';
import { AwardTitle } from '../../features/awards/components/award-title';
import { GrantList } from '../../features/awards/components/grant-list';
import { awardTitleText } from '../../features/awards/model/award-title-text';
import { NotFoundError } from '../../shared/api/not-found';
import type { Lang } from '../../shared/languages';
import { isId } from '../../content/fields';
import { entitiesOf } from '../../content/entities/get-entities';
import { formatNumber } from '../../shared/format/format-number';
import { paths } from '../../shared/paths';
import { pageNumber } from '../../shared/ui/page-number';
import { Pager } from '../../shared/ui/pager';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { useSearchParam } from '../../shared/ui/use-search-param';
import { pageText } from '../pages';
import { useLang } from '../use-lang';
import { useScrollToTop } from './use-scroll-to-top';

const degreeOf = (value: string | null): 1 | 2 | 3 | null => {
  if (value === null || value === '') return null;
  if (value === '1' || value === '2' || value === '3') return Number(value) as 1 | 2 | 3;
  throw new NotFoundError('page');
};

/** `/{lang}/awards`: every award and degree given; `?award=<id>&degree=<n>&page=<n>`: all grants of one. */
export default function AwardsPage() {
  const lang = useLang();
  // Deferred: the current view stays on screen (also the prerendered one) until the next has its data.
  const award = useDeferredValue(useSearchParam('award')[0]);
  const degree = useDeferredValue(useSearchParam('degree')[0]);
  const page = useDeferredValue(useSearchParam('page')[0]);
  useScrollToTop(`${award ?? ''}/${degree ?? ''}/${page ?? ''}`);
  if (!award) return <AwardsSummaryView lang={lang} />;
  if (!isId(award)) throw new NotFoundError('page');
  return <AwardGrantsView lang={lang} award={award} degree={degreeOf(degree)} page={pageNumber(page)} />;
}

function AwardsSummaryView({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { data: summary } = useSuspenseQuery(awardsSummaryQuery());
  const entities = entitiesOf(summary.entities);
  const text = pageText('awards', t);
  usePageMeta(text);
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {text.title}
      </h1>
      {summary.groups.length === 0 ? (
        <p>{t('awards.empty')}</p>
      ) : (
        summary.groups.map((group) => (
          <AwardGroup key={`${group.award}-${group.degree ?? 0}`} group={group} entities={entities} lang={lang} />
        ))
      )}
    </>
  );
}

function AwardGrantsView({ lang, award, degree, page }: { lang: Lang; award: string; degree: 1 | 2 | 3 | null; page: number }) {
  const { t } = useTranslation();
  const { data: grants } = useSuspenseQuery(awardGrantsQuery(award, degree, page));
  const entities = entitiesOf(grants.entities);
  usePageMeta({ title: awardTitleText(t, award, degree, entities, lang), description: pageText('awards', t).description });
  return (
    <>
      <h1 id="page-heading" className="award-title" tabIndex={-1}>
        <AwardTitle award={award} degree={degree} entities={entities} lang={lang} />
      </h1>
      <p className="list-count">{t('awards.timesGiven', { count: grants.total, formatted: formatNumber(grants.total, lang) })}</p>
      <GrantList grants={grants.items} entities={entities} lang={lang} />
      <Pager page={grants.page} pageCount={grants.pageCount} lang={lang} href={(n) => paths.awards(lang, { award, degree, page: n })} />
      <p className="back-link">
        <Link to={paths.awards(lang)}>{t('awards.all')}</Link>
      </p>
    </>
  );
}
