import type { Entities, Speakers } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { personLabel } from '../../../content/entities/entity-names';

export interface SpeakerOption {
  id: string;
  name: string;
  lang: Lang;
  count: number;
}

/**
 * The speaker filter's choices: named in the interface language, the most quoted first, then by name.
 * The order compares code points, not a locale's collation: Chromium has no Kazakh collation data, and
 * the prerendered list must be the one the browser renders.
 */
export const speakerOptions = (speakers: Pick<Speakers, 'speakers'>, entities: Entities, lang: Lang): SpeakerOption[] =>
  speakers.speakers
    .map(({ id, count }) => {
      const { name } = personLabel(id, entities, lang, lang);
      return { id, name: name.text, lang: name.lang, count };
    })
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
