import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import { useOnline } from '../../../shared/ui/use-online';
import { usePageMeta } from '../../../shared/ui/use-page-meta';
import { headlineIn, type SavedArticle } from '../model/saved-store';
import { useSavedChanges, useSavedList } from '../model/use-saved';
import './saved-list.css';

interface Props {
  lang: Lang;
  text: { title: string; description: string };
}

/**
 * The reader's saved articles, the last saved first, each headline in the reader's language where the
 * article has that version. Removing one can be undone. The prerendered page has no list (it is in the
 * browser): it says it is reading it.
 */
export function SavedList({ lang, text }: Props) {
  const { t } = useTranslation();
  usePageMeta(text);
  const { data: saved, isError } = useSavedList();
  const { save, remove } = useSavedChanges();
  const [removed, setRemoved] = useState<SavedArticle | null>(null);
  // Offline, an article opens as a document, which the service worker answers with the page it kept.
  const online = useOnline();
  const onRemove = (article: SavedArticle) => {
    setRemoved(article);
    remove(article);
  };
  const onUndo = () => {
    if (removed) save(removed);
    setRemoved(null);
  };
  return (
    <section className="saved-page" aria-labelledby="page-heading">
      <h1 id="page-heading" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.description}</p>
      <p>{t('saved.private')}</p>
      <div role="status" className="saved-status">
        {removed && (
          <p>
            {t('saved.removed', { headline: headlineIn(removed, lang).text })}{' '}
            <button type="button" onClick={onUndo}>
              {t('saved.undo')}
            </button>
          </p>
        )}
      </div>
      {!saved && !isError && <p>{t('saved.loading')}</p>}
      {(isError || saved?.length === 0) && <p>{t('saved.empty')}</p>}
      {saved && saved.length > 0 && (
        <>
          <p>{t('saved.count', { count: saved.length })}</p>
          <ol className="saved-list">
            {saved.map((article) => {
              const headline = headlineIn(article, lang);
              return (
                <li key={article.id}>
                  <Link to={paths.article(lang, article.id)} reloadDocument={!online} {...langAttr(headline.lang, lang)}>
                    {headline.text}
                  </Link>{' '}
                  <DateText iso={article.publishedAt} lang={lang} />{' '}
                  <button type="button" aria-label={t('saved.removeNamed', { headline: headline.text })} onClick={() => onRemove(article)}>
                    {t('saved.remove')}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
