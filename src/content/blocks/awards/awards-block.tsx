import type { BlockViewProps } from '../article-block';
import { useTranslation } from 'react-i18next';
import { langAttr } from '../../../shared/ui/lang-attr';
import { awardsAnchor, type AwardsBlock as Awards } from './awards';
import { awardName, personLabel } from '../../entities/entity-names';
import './awards-block.css';

/** Awards given, each with its proper name and degree in the interface language, then its recipients. */
export function AwardsBlock({ block, entities, lang, articleLang, actions }: BlockViewProps<Awards>) {
  const { t } = useTranslation();
  const headingId = `${block.id}-heading`;
  return (
    <section className="awards" id={block.id} tabIndex={-1} aria-labelledby={headingId}>
      {block.title ? (
        <h2 id={headingId}>{block.title}</h2>
      ) : (
        <h2 id={headingId} {...langAttr(lang, articleLang)}>
          {t('awards.title')}
        </h2>
      )}
      <ul className="awards-list">
        {block.items.map((item, index) => {
          const name = awardName(item.award, entities, lang);
          return (
            <li key={`${item.award}-${item.degree ?? 0}-${index}`} className="award">
              <p className="award-name" {...langAttr(lang, articleLang)}>
                {item.degree ? (
                  t(`awards.withDegree.${item.degree}`, { name: name.text })
                ) : (
                  <span {...langAttr(name.lang, lang)}>{name.text}</span>
                )}
              </p>
              {item.recipients && item.recipients.length > 0 && (
                <div className="award-recipients">
                  <span className="award-recipients-label" {...langAttr(lang, articleLang)}>
                    {t('awards.recipients')}
                  </span>
                  <ul>
                    {item.recipients.map((recipient, recipientIndex) => {
                      const label = personLabel(recipient, entities, lang, articleLang);
                      return (
                        <li key={recipientIndex}>
                          <span {...langAttr(label.name.lang, articleLang)}>{label.name.text}</span>
                          {label.role && (
                            <span className="award-recipient-role" {...langAttr(label.role.lang, articleLang)}>
                              {label.role.text}
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              )}
              {item.note && <p className="award-note">{item.note}</p>}
            </li>
          );
        })}
      </ul>
      {actions && <div {...langAttr(lang, articleLang)}>{actions({ ...awardsAnchor(block), label: 'share.copyAwardsLink' })}</div>}
    </section>
  );
}
