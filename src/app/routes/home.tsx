import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { latestQuery } from '../../features/articles/api/get-latest';
import { ArticleList } from '../../features/articles/components/article-list';
import { SaveButton } from '../../features/saved/components/save-button';
import type { LatestItem } from '../../content/schema';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { pageText } from '../pages';
import { useLang } from '../use-lang';

/** Saving from the list: the list has every version's headline. */
const saveAction = (item: LatestItem, headline: string) => (
  <SaveButton
    articleId={item.id}
    headline={headline}
    entry={() =>
      Promise.resolve({
        id: item.id,
        savedAt: Date.now(),
        publishedAt: item.publishedAt,
        original: item.original,
        headlines: Object.fromEntries(Object.entries(item.versions).map(([lang, version]) => [lang, version.headline])),
      })
    }
  />
);

export function HomePage() {
  const lang = useLang();
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(latestQuery(1));
  const text = pageText('home', t);
  usePageMeta(text);
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {text.title}
      </h1>
      {data.items.length === 0 ? <p>{t('home.empty')}</p> : <ArticleList items={data.items} lang={lang} action={saveAction} />}
    </>
  );
}
