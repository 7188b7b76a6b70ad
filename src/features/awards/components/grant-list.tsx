import { Link } from 'react-router-dom';
import { pickLang } from '../../../content/per-lang';
import type { AwardGrant, Entities } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { personLabel } from '../../../content/entities/entity-names';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import './grant-list.css';

interface Props {
  grants: AwardGrant[];
  entities: Entities;
  lang: Lang;
}

/** Grants of one award, newest first: who received it, when, and the article's award list it comes from. */
export function GrantList({ grants, entities, lang }: Props) {
  return (
    <ol className="grant-list">
      {grants.map((grant, index) => (
        <li key={`${grant.articleId}#${grant.blockId}-${index}`} className="grant">
          <Grant grant={grant} entities={entities} lang={lang} />
        </li>
      ))}
    </ol>
  );
}

function Grant({ grant, entities, lang }: { grant: AwardGrant; entities: Entities; lang: Lang }) {
  const recipients = pickLang(grant.recipients, lang, grant.original);
  const headline = pickLang(grant.headlines, lang, grant.original);
  const note = pickLang(grant.notes, lang, grant.original);
  return (
    <>
      {recipients && recipients.value.length > 0 && (
        <ul className="grant-recipients">
          {recipients.value.map((recipient, index) => {
            const label = personLabel('id' in recipient ? recipient.id : recipient, entities, lang, recipients.lang);
            return (
              <li key={index}>
                {'id' in recipient ? (
                  <Link to={paths.person(lang, recipient.id)} {...langAttr(label.name.lang, lang)}>
                    {label.name.text}
                  </Link>
                ) : (
                  <span {...langAttr(label.name.lang, lang)}>{label.name.text}</span>
                )}
                {label.role && (
                  <span className="grant-recipient-role" {...langAttr(label.role.lang, lang)}>
                    {label.role.text}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {note && (
        <p className="grant-note" {...langAttr(note.lang, lang)}>
          {note.value}
        </p>
      )}
      <p className="grant-source">
        <DateText iso={grant.publishedAt} lang={lang} />
        {headline && (
          <>
            {', '}
            <Link to={paths.article(lang, grant.articleId, grant.blockId)} {...langAttr(headline.lang, lang)}>
              {headline.value}
            </Link>
          </>
        )}
      </p>
    </>
  );
}
