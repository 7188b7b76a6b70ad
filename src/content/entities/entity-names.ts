import type { Entities, Names } from '../schema';
import { DEFAULT_LANG, type Lang } from '../../shared/languages';

/** A name in the interface language; English when that language has none (the build reports the gap). */
export const nameIn = (names: Names, lang: Lang): { text: string; lang: Lang } => {
  const text = names[lang];
  return text ? { text, lang } : { text: names.en, lang: DEFAULT_LANG };
};

export interface PersonLabel {
  name: { text: string; lang: Lang };
  role?: { text: string; lang: Lang };
}

/**
 * A speaker or recipient as the reader sees them: a registered person in the interface language, or
 * the name written in the article (in the article's language).
 */
export const personLabel = (
  person: string | { name: string; role?: string; description?: string },
  entities: Entities,
  lang: Lang,
  articleLang: Lang,
): PersonLabel => {
  if (typeof person !== 'string') {
    const role = person.role ?? person.description;
    return { name: { text: person.name, lang: articleLang }, ...(role ? { role: { text: role, lang: articleLang } } : {}) };
  }
  const entity = entities.people[person];
  if (!entity) return { name: { text: person, lang: DEFAULT_LANG } };
  return { name: nameIn(entity.name, lang), ...(entity.role ? { role: nameIn(entity.role, lang) } : {}) };
};

/** An award's proper name in the interface language; its degree is added by the interface text. */
export const awardName = (awardId: string, entities: Entities, lang: Lang): { text: string; lang: Lang } => {
  const award = entities.awards[awardId];
  return award ? nameIn(award.name, lang) : { text: awardId, lang: DEFAULT_LANG };
};
