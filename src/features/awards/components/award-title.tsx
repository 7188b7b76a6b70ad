import { useTranslation } from 'react-i18next';
import type { Entities } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { awardName } from '../../../content/entities/entity-names';
import { langAttr } from '../../../shared/ui/lang-attr';
import { Slotted } from '../../../shared/ui/slotted';
import './award-title.css';

interface Props {
  award: string;
  degree: 1 | 2 | 3 | null;
  entities: Entities;
  lang: Lang;
}

/** An award's proper name in the interface language, with its degree as each language writes it. */
export function AwardTitle({ award, degree, entities, lang }: Props) {
  const { t } = useTranslation();
  const name = awardName(award, entities, lang);
  const proper = <span {...langAttr(name.lang, lang)}>{name.text}</span>;
  return degree ? <Slotted render={(slot) => t(`awards.withDegree.${degree}`, { name: slot })}>{proper}</Slotted> : proper;
}
