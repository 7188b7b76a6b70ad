import { Link } from 'react-router-dom';
import { pickLang } from '../../../content/per-lang';
import type { PersonIndex } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import './person-articles.css';

/** The articles that quote or award a person, newest first: headline links and dates. */
export function PersonArticles({ articles, lang }: { articles: PersonIndex['articles']; lang: Lang }) {
  return (
    <ol className="person-articles">
      {articles.map((article) => {
        const headline = pickLang(article.headlines, lang, article.original);
        if (!headline) return null;
        return (
          <li key={article.articleId}>
            <Link to={paths.article(lang, article.articleId)} {...langAttr(headline.lang, lang)}>
              {headline.value}
            </Link>
            <span className="person-article-date">
              <DateText iso={article.publishedAt} lang={lang} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
