import { useTranslation } from 'react-i18next';
import { SearchView } from '../../features/search/components/search-view';
import { pageText } from '../pages';
import { useLang } from '../use-lang';

/** `/{lang}/search?q=`: full-text search over every article in every language. */
export default function SearchPage() {
  const { t } = useTranslation();
  return <SearchView lang={useLang()} text={pageText('search', t)} />;
}
