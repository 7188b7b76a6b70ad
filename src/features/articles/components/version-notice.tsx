import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Article, ArticleVersions } from '../../../content/schema';
import type { Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { langAttr } from '../../../shared/ui/lang-attr';
import './version-notice.css';

interface Props {
  article: Article;
  versions: ArticleVersions;
  lang: Lang;
}

/**
 * Says when the reader sees another language than the interface's, when a version is a translation and
 * when it was converted by the build from another script (kk-Latn from kk, with a link to the original);
 * links the other versions so the reader can choose.
 */
export function VersionNotice({ article, versions, lang }: Props) {
  const { t } = useTranslation();
  const missing = article.lang !== lang;
  const others = versions.versions.filter((version) => version !== article.lang);
  if (!missing && !article.translatedFrom && !article.transliteratedFrom && others.length === 0) return null;
  return (
    <div className="version-notice" {...langAttr(lang, article.lang)}>
      {missing && <p role="note">{t('language.notAvailable', { language: t(`language.name.${article.lang}`) })}</p>}
      {article.translatedFrom && <p>{t(`language.translatedFrom.${article.translatedFrom}`)}</p>}
      {article.transliteratedFrom && (
        <p>
          {t('language.transliterated')}{' '}
          <Link to={paths.article(article.transliteratedFrom, article.id)} hrefLang={article.transliteratedFrom}>
            {t('language.original')}
          </Link>
        </p>
      )}
      {others.length > 0 && (
        <p>
          {t('language.availableIn')}{' '}
          {others.map((version, index) => (
            <span key={version}>
              {index > 0 && ', '}
              <Link to={paths.article(version, article.id)} lang={version} hrefLang={version}>
                {t(`language.name.${version}`)}
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
