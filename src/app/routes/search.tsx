import { SearchView } from '../../features/search/components/search-view';
import { useLang } from '../use-lang';

/** `/{lang}/search?q=`: full-text search over every article in every language. */
export default function SearchPage() {
  return <SearchView lang={useLang()} />;
}
