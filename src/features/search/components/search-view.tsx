import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/languages';
import { formatNumber } from '../../../shared/format/format-number';
import { useSearchParam } from '../../../shared/ui/use-search-param';
import { usePageMeta } from '../../../shared/ui/use-page-meta';
import { searchQuery } from '../api/get-search';
import { parseQuery } from '../model/query';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';

interface SearchViewProps {
  lang: Lang;
  /** The page's title and description without a query. */
  text: { title: string; description: string };
}

/**
 * The search page: `?q=` in the address is the query, so a search can be shared. Pages are prerendered
 * without a query, so the query is read once the app runs. Failures throw to the page's error boundary.
 */
export function SearchView({ lang, text }: SearchViewProps) {
  const { t } = useTranslation();
  const [param, setParam] = useSearchParam('q');
  const query = param?.trim() ?? '';
  const parsed = parseQuery(query);
  const searching = parsed.kind === 'words';
  const { data, isPlaceholderData } = useQuery({
    ...searchQuery(query),
    enabled: searching,
    // Earlier results stay on screen, marked busy, until the new ones arrive.
    placeholderData: keepPreviousData,
    throwOnError: true,
  });
  usePageMeta({ title: query ? t('search.titleWithQuery', { query }) : text.title, description: text.description });

  const results = searching ? data : undefined;
  const current = results && !isPlaceholderData ? results : undefined;
  let status: string;
  if (parsed.kind === 'empty') status = t('search.hint');
  else if (parsed.kind === 'too-short') status = t('search.tooShort');
  else if (!current) status = t('search.loading');
  else if (current.total === 0) status = t('search.noResults', { query });
  else status = t('search.resultCount', { count: current.total, formatted: formatNumber(current.total, lang) });

  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {text.title}
      </h1>
      <SearchForm lang={lang} query={param} onSearch={setParam} />
      {/* One live region for every state, so a screen reader hears the outcome of each search. */}
      <p className="search-status" role="status">
        {status}
      </p>
      {results && results.items.length > 0 && (
        <SearchResults items={results.items} words={results.words} lang={lang} busy={isPlaceholderData} />
      )}
      {current && current.total > current.items.length && (
        <p className="search-more">{t('search.showingFirst', { shown: formatNumber(current.items.length, lang) })}</p>
      )}
    </>
  );
}
