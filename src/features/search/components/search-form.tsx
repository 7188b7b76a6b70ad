import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import './search-form.css';

/**
 * A GET form to the search page itself, so it works before (and without) JavaScript; once the app runs,
 * submitting puts the query in the address instead of reloading.
 */
export function SearchForm({ lang, query, onSearch }: { lang: Lang; query: string | null; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [draft, setDraft] = useState(query ?? '');
  // The address can change without the form (back, forward, a link): the field follows it.
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    setDraft(query ?? '');
  }
  return (
    <form
      role="search"
      className="search-form"
      method="get"
      action={paths.search(lang)}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft.trim());
      }}
    >
      <label htmlFor={inputId}>{t('search.label')}</label>
      <input id={inputId} type="search" name="q" value={draft} onChange={(event) => setDraft(event.target.value)} />
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
