import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entities, Speakers } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { formatNumber } from '../../../shared/format/format-number';
import { paths } from '../../../shared/paths';
import { langAttr } from '../../../shared/ui/lang-attr';
import { speakerOptions } from '../model/speaker-options';
import './speaker-filter.css';

interface Props {
  speakers: Pick<Speakers, 'speakers'>;
  entities: Entities;
  lang: Lang;
  /** The speaker in the address; null for all. */
  value: string | null;
  onChange: (speaker: string | null) => void;
}

/**
 * A plain GET form, so it works before (and without) the script: it submits `?speaker=` to the quotes
 * page. With the script, choosing a speaker updates the address at once.
 */
export function SpeakerFilter({ speakers, entities, lang, value, onChange }: Props) {
  const { t } = useTranslation();
  // The choice shows at once, while the list for it loads; it follows the address when that changes
  // (hydration, back and forward).
  const [chosen, setChosen] = useState(value ?? '');
  const [addressed, setAddressed] = useState(value);
  if (addressed !== value) {
    setAddressed(value);
    setChosen(value ?? '');
  }
  const choose = (speaker: string) => {
    setChosen(speaker);
    onChange(speaker || null);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const speaker = new FormData(event.currentTarget).get('speaker');
    choose(typeof speaker === 'string' ? speaker : '');
  };
  return (
    <form className="list-filter" method="get" action={paths.quotes(lang)} onSubmit={submit}>
      <label htmlFor="speaker-filter">{t('quotes.speaker')}</label>
      <select id="speaker-filter" name="speaker" value={chosen} onChange={(event) => choose(event.currentTarget.value)}>
        <option value="">{t('quotes.allSpeakers')}</option>
        {speakerOptions(speakers, entities, lang).map((option) => (
          <option key={option.id} value={option.id} {...langAttr(option.lang, lang)}>
            {t('quotes.speakerOption', { name: option.name, number: formatNumber(option.count, lang) })}
          </option>
        ))}
      </select>
      <button type="submit">{t('quotes.show')}</button>
    </form>
  );
}
