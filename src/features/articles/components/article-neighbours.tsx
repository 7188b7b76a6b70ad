import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { pickLang } from '../../../content/per-lang';
import type { ArticleLink, ArticleVersions } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import './article-neighbours.css';

interface Props {
  /** The article's versions file, which carries its neighbours in the latest-articles order. */
  versions: Pick<ArticleVersions, 'newer' | 'older'>;
  /** The interface language. */
  lang: Lang;
}

/**
 * The older and the newer article (earlier first, as the timeline steps through months), each with its
 * headline in the interface language where that version exists and its date. Nothing at all when the
 * article is the only one.
 */
export function ArticleNeighbours({ versions: { newer, older }, lang }: Props) {
  const { t } = useTranslation();
  if (!newer && !older) return null;
  return (
    <nav className="article-neighbours" aria-labelledby="article-neighbours-heading">
      <h2 id="article-neighbours-heading">{t('article.moreArticles')}</h2>
      <ul>
        {older && <Neighbour className="article-neighbour-older" label={t('article.olderArticle')} article={older} lang={lang} />}
        {newer && <Neighbour className="article-neighbour-newer" label={t('article.newerArticle')} article={newer} lang={lang} />}
      </ul>
    </nav>
  );
}

function Neighbour({ className, label, article, lang }: { className: string; label: string; article: ArticleLink; lang: Lang }) {
  const headline = pickLang(article.headlines, lang, article.original);
  if (!headline) return null;
  return (
    <li className={className}>
      {/* The direction is part of the link's name, so a list of links still says where each one goes. */}
      <Link to={paths.article(lang, article.articleId)}>
        <span className="article-neighbour-direction">{label}</span>{' '}
        <span className="article-neighbour-headline" {...langAttr(headline.lang, lang)}>
          {headline.value}
        </span>
      </Link>{' '}
      <span className="article-neighbour-date">
        <DateText iso={article.publishedAt} lang={lang} />
      </span>
    </li>
  );
}
