import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Article, ArticleVersions, Entities, Lang } from '../../../shared/content/schema';
import { paths } from '../../../shared/paths';
import { langAttr } from '../../../shared/ui/lang-attr';
import { RecentDateText } from '../../../shared/ui/recent-date-text';
import type { BlockActions } from '../model/block-actions';
import { readingMinutes } from '../model/reading-time';
import { ArticleBlock } from './article-block';
import { VersionNotice } from './version-notice';

interface Props {
  article: Article;
  versions: ArticleVersions;
  entities: Entities;
  /** The interface language; the article text may be in another one. */
  lang: Lang;
  /** Sharing for the whole article, placed after its text. */
  share?: ReactNode;
  actions?: BlockActions;
}

export function ArticleView({ article, versions, entities, lang, share, actions }: Props) {
  const { t } = useTranslation();
  const ui = langAttr(lang, article.lang);
  return (
    <article className="article" lang={article.lang}>
      <header className="article-header">
        <h1 id="page-heading" tabIndex={-1}>
          {article.headline}
        </h1>
        <p className="article-summary">{article.summary}</p>
        <dl className="article-meta" {...ui}>
          <div>
            <dt>{t('article.published')}</dt>
            <dd>
              <RecentDateText iso={article.publishedAt} lang={lang} />
            </dd>
          </div>
          {article.updatedAt && (
            <div>
              <dt>{t('article.updated')}</dt>
              <dd>
                <RecentDateText iso={article.updatedAt} lang={lang} />
              </dd>
            </div>
          )}
          <div>
            <dt>{t('article.readingTimeLabel')}</dt>
            <dd>{t('article.readingTime', { count: readingMinutes(article) })}</dd>
          </div>
        </dl>
        <VersionNotice article={article} versions={versions} lang={lang} />
      </header>
      <div className="article-body">
        {article.body.map((block, index) => (
          <ArticleBlock
            key={'id' in block && block.id ? block.id : `${block.type}-${index}`}
            block={block}
            entities={entities}
            lang={lang}
            articleLang={article.lang}
            actions={actions}
          />
        ))}
      </div>
      {/* After the text: the reader shares what they have read, and the article's first words come first. */}
      {share && <div {...ui}>{share}</div>}
      <footer className="article-footer" {...ui}>
        {article.source && (
          <p>
            {t('article.source')}:{' '}
            <a href={article.source.url} rel="noopener noreferrer" {...langAttr(article.lang, lang)}>
              {article.source.name}
            </a>
          </p>
        )}
        <p>
          <Link to={paths.home(lang)}>{t('article.backToLatest')}</Link>
        </p>
      </footer>
    </article>
  );
}
