import type { TFunction } from 'i18next';
import type { Entities } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { awardName } from '../../../content/entities/entity-names';

/** The same title as plain text, for the document title. */
export const awardTitleText = (t: TFunction, award: string, degree: 1 | 2 | 3 | null, entities: Entities, lang: Lang): string => {
  const name = awardName(award, entities, lang).text;
  return degree ? t(`awards.withDegree.${degree}`, { name }) : name;
};
