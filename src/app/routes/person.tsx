import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { personQuery } from '../../features/people/api/get-person';
import { PersonArticles } from '../../features/people/components/person-articles';
import { personMeta } from '../../features/people/model/person-meta';
import { QuoteList } from '../../features/quotes/components/quote-list';
import { NotFoundError } from '../../shared/api/not-found';
import type { Lang } from '../../shared/languages';
import { isId } from '../../content/fields';
import { personLabel } from '../../content/entities/entity-names';
import { entitiesOf } from '../../content/entities/get-entities';
import { formatNumber } from '../../shared/format/format-number';
import { paths } from '../../shared/paths';
import { langAttr } from '../../shared/ui/lang-attr';
import { Slotted } from '../../shared/ui/slotted';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { useLang } from '../use-lang';
import './person.css';

/** `/{lang}/people/{id}`: a person in the interface language, their latest quotes and the articles about them. */
export default function PersonPage() {
  const lang = useLang();
  const { id = '' } = useParams();
  // Not an id any person can have: not found, without asking the server.
  if (!isId(id)) throw new NotFoundError('page');
  return <Person id={id} lang={lang} />;
}

function Person({ id, lang }: { id: string; lang: Lang }) {
  const { t } = useTranslation();
  const { data: person } = useSuspenseQuery(personQuery(id));
  const entities = entitiesOf(person.entities);
  const { name, role } = personLabel(id, entities, lang, lang);
  usePageMeta(personMeta(id, entities, lang, t));
  return (
    <>
      <header className="person-header">
        <h1 id="page-heading" tabIndex={-1} {...langAttr(name.lang, lang)}>
          {name.text}
        </h1>
        {role && (
          <p className="person-role" {...langAttr(role.lang, lang)}>
            {role.text}
          </p>
        )}
      </header>
      <section aria-labelledby="person-quotes">
        <h2 id="person-quotes">{t('people.quotes')}</h2>
        {person.quotes.length === 0 ? (
          <p>{t('people.noQuotes')}</p>
        ) : (
          <>
            <p className="list-count">
              {t('quotes.count', { count: person.quoteCount, formatted: formatNumber(person.quoteCount, lang) })}
            </p>
            <QuoteList items={person.quotes} entities={entities} lang={lang} showSpeaker={false} />
            <p className="more-link">
              <Link to={paths.quotes(lang, { speaker: id })}>
                <Slotted render={(slot) => t('people.allQuotes', { name: slot })}>
                  <span {...langAttr(name.lang, lang)}>{name.text}</span>
                </Slotted>
              </Link>
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="person-articles">
        <h2 id="person-articles">{t('people.articles')}</h2>
        {person.articles.length === 0 ? (
          <p>{t('people.noArticles')}</p>
        ) : (
          <>
            <p className="list-count">{t('home.articleCount', { count: person.articleCount })}</p>
            <PersonArticles articles={person.articles} lang={lang} />
          </>
        )}
      </section>
    </>
  );
}
