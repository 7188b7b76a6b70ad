import type { TFunction } from 'i18next';
import type { Entities } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { personLabel } from '../../../content/entities/entity-names';

/** A person page's title and description, the same in the prerendered head and in the browser. */
export const personMeta = (id: string, entities: Entities, lang: Lang, t: TFunction): { title: string; description: string } => {
  const { name, role } = personLabel(id, entities, lang, lang);
  return {
    title: name.text,
    description: role
      ? t('people.descriptionWithRole', { name: name.text, role: role.text })
      : t('people.description', { name: name.text }),
  };
};
