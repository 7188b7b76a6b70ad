import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AwardsSummary, Entities } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { formatNumber } from '../../../shared/format/format-number';
import { paths } from '../../../shared/paths';
import { AwardTitle } from './award-title';
import { GrantList } from './grant-list';
import './award-group.css';

type Group = AwardsSummary['groups'][number];

/** One award and degree on the awards page: how often it was given, its latest grants, and a way to all of them. */
export function AwardGroup({ group, entities, lang }: { group: Group; entities: Entities; lang: Lang }) {
  const { t } = useTranslation();
  const id = `award-${group.award}-${group.degree ?? 0}`;
  return (
    <section className="award-group" aria-labelledby={id}>
      <h2 id={id} className="award-title">
        <AwardTitle award={group.award} degree={group.degree} entities={entities} lang={lang} />
      </h2>
      <p className="award-group-count">{t('awards.timesGiven', { count: group.count, formatted: formatNumber(group.count, lang) })}</p>
      <GrantList grants={group.latest} entities={entities} lang={lang} />
      {group.count > group.latest.length && (
        <p className="award-group-all">
          {/* Named with the award, so each "see all" link says where it goes. */}
          <Link id={`${id}-all`} to={paths.awards(lang, { award: group.award, degree: group.degree })} aria-labelledby={`${id}-all ${id}`}>
            {t('awards.seeAll', { total: formatNumber(group.count, lang) })}
          </Link>
        </p>
      )}
    </section>
  );
}
