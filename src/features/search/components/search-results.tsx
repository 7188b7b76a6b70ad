import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import type { SearchDoc } from '../model/schema';
import { shownDoc } from '../model/shown-doc';
import { HighlightedText } from './highlighted-text';

/**
 * Matching article versions: headline (to the article in the interface language), language, date, summary;
 * in kk-Latn, the Kazakh ones in Latin.
 */
export function SearchResults({ items, words, lang, busy }: { items: SearchDoc[]; words: readonly string[]; lang: Lang; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <ol className="search-results" aria-busy={busy}>
      {items
        .map((doc) => shownDoc(doc, lang))
        .map((item) => (
          <li key={`${item.articleId}/${item.lang}`}>
            <article className="search-result" {...langAttr(item.lang, lang)}>
              <h2>
                <Link to={paths.article(lang, item.articleId)}>
                  <HighlightedText text={item.headline} words={words} />
                </Link>
              </h2>
              <p className="search-result-meta" {...langAttr(lang, item.lang)}>
                <span>{t(`search.inLanguage.${item.lang}`)}</span>
                {' · '}
                <DateText iso={item.publishedAt} lang={lang} />
              </p>
              <p>
                <HighlightedText text={item.summary} words={words} />
              </p>
            </article>
          </li>
        ))}
    </ol>
  );
}
